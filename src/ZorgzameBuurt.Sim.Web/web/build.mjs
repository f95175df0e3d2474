// Bundles src/app.js (with sigma, graphology, Chart.js and the SignalR client) into one classic script
// that the Web build embeds and serves. Run by the MSBuild target WorkbenchBundle:
//   node build.mjs <outfile> [entry]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const outfile = process.argv[2];
// An optional second argument bundles another entry (bench/graph-bench.js, for the benchmark test).
const entry = process.argv[3] ?? 'src/app.js';
if (!outfile) {
  console.error('usage: node build.mjs <outfile>');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: [entry],
  outfile: path.resolve(outfile),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  // Keep the /*! ... */ licence banners of the libraries in the bundle.
  legalComments: 'inline',
  charset: 'ascii',
  sourcemap: false,
  logLevel: 'warning',
});
