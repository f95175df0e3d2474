// Number formatting and colours shared by the charts. Mirrors ReportFormat.cs so that the
// tables (written by C#) and the chart tooltips show the same numbers.

const MINUS = '\u2212';
const DASH = '\u2013';

// Decimals for a number of this size: fewer for large numbers, at least two significant digits
// for small ones (0.0061 stays 0.0061, not 0.01). Same rule as ReportFormat.DecimalsFor.
function decimalsFor(abs, isPercent) {
  if (isPercent && abs >= 1) return 1;
  if (!isPercent && abs >= 100) return 0;
  if (!isPercent && abs >= 10) return 1;
  if (!isPercent && abs >= 1) return 2;
  const normal = isPercent ? 2 : 3;
  if (abs >= 0.1 || abs === 0) return normal;
  return Math.min(8, Math.max(normal, 1 - Math.floor(Math.log10(abs))));
}

function isNum(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

function plain(v, isShare) {
  const x = isShare ? v * 100 : v;
  const text = Math.abs(x).toFixed(decimalsFor(Math.abs(x), isShare));
  return { negative: x < 0 && Number(text) !== 0, text };
}

/** A level (mean, low, high): "12.3%" for shares, "4.56" otherwise; "–" when missing. */
export function formatValue(v, isShare) {
  if (!isNum(v)) return DASH;
  const p = plain(v, isShare);
  return `${p.negative ? MINUS : ''}${p.text}${isShare ? '%' : ''}`;
}

/** A difference: always signed; shares in percentage points ("+1.2 pp"). */
export function formatDiff(v, isShare) {
  if (!isNum(v)) return DASH;
  const p = plain(v, isShare);
  const sign = Number(p.text) === 0 ? '\u00b1' : p.negative ? MINUS : '+';
  return `${sign}${p.text}${isShare ? ' pp' : ''}`;
}

/** Axis tick: short, trailing zeros dropped. */
export function formatTick(v, isShare, signed) {
  if (!isNum(v)) return '';
  const x = isShare ? v * 100 : v;
  const rounded = Number(x.toPrecision(4));
  let text = String(Math.abs(rounded));
  if (text.includes('e')) text = Math.abs(rounded).toFixed(6).replace(/\.?0+$/, '');
  const sign = rounded < 0 ? MINUS : signed && rounded > 0 ? '+' : '';
  return `${sign}${text}${isShare ? (signed ? ' pp' : '%') : ''}`;
}

// Okabe-Ito colours (safe for colour-blind readers); baseline is always neutral grey.
const BASELINE_COLOR = '#4d4d4d';
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'];

/** Map mix name -> colour, in report order. */
export function mixColors(mixOrder, baselineMix) {
  const colors = new Map();
  let next = 0;
  for (const mix of mixOrder) {
    if (mix === baselineMix) colors.set(mix, BASELINE_COLOR);
    else colors.set(mix, PALETTE[next++ % PALETTE.length]);
  }
  return colors;
}

/** "#rrggbb" + alpha -> "rgba(r, g, b, a)". */
export function withAlpha(hex, alpha) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}
