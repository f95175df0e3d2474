// Bundles src/report.js (and the parts of Chart.js it imports) into one classic script that the
// Experiments build embeds into report.html. Run by the MSBuild target BundleReportWeb:
//   node build.mjs <outfile>
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const outfile = process.argv[2];
if (!outfile) {
  console.error('usage: node build.mjs <outfile>');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: ['src/report.js'],
  outfile: path.resolve(outfile),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  // Keep the /*! ... */ licence banners of Chart.js and @kurkle/color in the bundle.
  legalComments: 'inline',
  charset: 'ascii',
  sourcemap: false,
  logLevel: 'warning',
});
