// Draws the charts of report.html from the inline JSON blob (#report-data).
// The page's text and tables are written by ReportWriter (C#); this script only fills the
// <canvas> elements inside <figure data-chart="..."> placeholders. All text that reaches the
// page goes through textContent or the canvas, never innerHTML.
//
// When it is done it sets document.body.dataset.chartsRendered = "<number of charts drawn>",
// and on any error document.body.dataset.reportError = "<message>", so a test can check.

import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
} from 'chart.js';

import { formatValue, formatDiff, formatTick, mixColors, withAlpha } from './format.js';
import { errorBarsPlugin } from './error-bars.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
);

const TEXT = '#1f2933';
const GRID = 'rgba(31, 41, 51, 0.10)';
const ZERO = 'rgba(31, 41, 51, 0.55)';

function reportError(err) {
  const message = err && err.message ? err.message : String(err);
  const previous = document.body.dataset.reportError;
  document.body.dataset.reportError = previous ? `${previous}; ${message}` : message;
}

window.addEventListener('error', (e) => reportError(e.error || e.message));
window.addEventListener('unhandledrejection', (e) => reportError(e.reason));

function readData() {
  const node = document.getElementById('report-data');
  if (!node) throw new Error('report-data block missing');
  return JSON.parse(node.textContent || '{}');
}

function indicatorInfo(data, name) {
  const info = data.indicators && data.indicators[name];
  return info || { name, label: name, lowerIsBetter: null, isShare: false };
}

function baseOptions() {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    // Draw at least at 2x so the charts stay sharp when printed.
    devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
    color: TEXT,
    font: { family: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', size: 12 },
  };
}

// One line chart per indicator: per mix a mean line and a shaded 95% band (low..high).
function seriesChart(canvas, data, series, colors) {
  const info = indicatorInfo(data, series.indicator);
  const datasets = [];
  for (const ms of series.mixes) {
    const color = colors.get(ms.mix) || '#555';
    const pts = ms.points || [];
    const lows = pts.map((p) => ({ x: p.day, y: p.low }));
    const highs = pts.map((p) => ({ x: p.day, y: p.high }));
    const means = pts.map((p) => ({ x: p.day, y: p.mean }));
    const lowIndex = datasets.length;
    datasets.push({
      label: `${ms.mix} (95% low)`,
      data: lows,
      role: 'band',
      mix: ms.mix,
      borderWidth: 0,
      pointRadius: 0,
      pointHoverRadius: 0,
      fill: false,
    });
    datasets.push({
      label: `${ms.mix} (95% high)`,
      data: highs,
      role: 'band',
      mix: ms.mix,
      borderWidth: 0,
      pointRadius: 0,
      pointHoverRadius: 0,
      backgroundColor: withAlpha(color, 0.18),
      fill: { target: lowIndex },
    });
    datasets.push({
      label: ms.mix,
      data: means,
      role: 'mean',
      mix: ms.mix,
      lows: pts.map((p) => p.low),
      highs: pts.map((p) => p.high),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: 0,
      pointHoverRadius: 3,
      fill: false,
    });
  }

  const fmt = (v) => formatValue(v, info.isShare);
  const options = baseOptions();
  Object.assign(options, {
    parsing: false,
    normalized: true,
    interaction: { mode: 'index', intersect: false, axis: 'x' },
    scales: {
      x: {
        type: 'linear',
        title: { display: true, text: 'Day', color: TEXT },
        grid: { color: GRID },
        ticks: { color: TEXT, precision: 0 },
      },
      y: {
        // A share lies in 0..1: start the axis at 0 and, when every value is (near) zero, show 0-1 %, not -100 % to 100 %.
        ...(info.isShare ? { min: 0, suggestedMax: 0.01 } : {}),
        title: { display: true, text: info.label, color: TEXT },
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (v) => formatTick(v, info.isShare) },
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          color: TEXT,
          boxWidth: 14,
          filter: (item, chartData) => chartData.datasets[item.datasetIndex].role === 'mean',
        },
        // Hiding a mix hides its band as well.
        onClick: (e, item, legend) => {
          const chart = legend.chart;
          const mix = chart.data.datasets[item.datasetIndex].mix;
          const show = !chart.isDatasetVisible(item.datasetIndex);
          chart.data.datasets.forEach((ds, i) => {
            if (ds.mix === mix) chart.setDatasetVisibility(i, show);
          });
          chart.update();
        },
      },
      tooltip: {
        filter: (item) => item.dataset.role === 'mean',
        callbacks: {
          title: (items) => (items.length ? `Day ${items[0].parsed.x}` : ''),
          label: (item) => {
            const ds = item.dataset;
            const i = item.dataIndex;
            return `${ds.label}: ${fmt(item.parsed.y)} (95% ${fmt(ds.lows[i])} to ${fmt(ds.highs[i])})`;
          },
        },
      },
    },
  });
  return new Chart(canvas, { type: 'line', data: { datasets }, options });
}

// One chart per indicator: horizontal bars = difference vs baseline per subgroup and mix,
// whiskers = 95% interval of that difference.
function subgroupChart(canvas, data, indicator, colors) {
  const info = indicatorInfo(data, indicator);
  const rows = (data.subgroupEffects || []).filter((r) => r.indicator === indicator);
  const subgroups = [];
  const mixes = [];
  for (const r of rows) {
    if (!subgroups.includes(r.subgroup)) subgroups.push(r.subgroup);
    if (!mixes.includes(r.mix)) mixes.push(r.mix);
  }
  // Keep mixes in report (rank) order.
  const order = data.mixOrder || [];
  mixes.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const label = (s) => (data.subgroupLabels && data.subgroupLabels[s]) || s;

  let min = 0;
  let max = 0;
  const datasets = mixes.map((mix) => {
    const color = colors.get(mix) || '#555';
    const find = (s) => rows.find((r) => r.mix === mix && r.subgroup === s);
    const values = [];
    const lows = [];
    const highs = [];
    for (const s of subgroups) {
      const r = find(s);
      values.push(r ? r.diff : null);
      lows.push(r ? r.low : null);
      highs.push(r ? r.high : null);
      for (const v of [r && r.diff, r && r.low, r && r.high]) {
        if (typeof v === 'number' && Number.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return {
      label: mix,
      data: values,
      lows,
      highs,
      backgroundColor: withAlpha(color, 0.75),
      borderColor: color,
      borderWidth: 1,
      errorBarColor: TEXT,
      barPercentage: 0.9,
      categoryPercentage: 0.8,
    };
  });

  const pad = (max - min) * 0.08 || 0.01;
  const fmt = (v) => formatDiff(v, info.isShare);
  const options = baseOptions();
  Object.assign(options, {
    indexAxis: 'y',
    scales: {
      x: {
        type: 'linear',
        suggestedMin: min - pad,
        suggestedMax: max + pad,
        title: {
          display: true,
          text: info.isShare ? 'Difference vs baseline (percentage points)' : 'Difference vs baseline',
          color: TEXT,
        },
        grid: {
          color: (ctx) => (ctx.tick && ctx.tick.value === 0 ? ZERO : GRID),
          lineWidth: (ctx) => (ctx.tick && ctx.tick.value === 0 ? 1.5 : 1),
        },
        ticks: { color: TEXT, callback: (v) => formatTick(v, info.isShare, true) },
      },
      y: {
        type: 'category',
        grid: { display: false },
        ticks: { color: TEXT },
      },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: TEXT, boxWidth: 14 } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const ds = item.dataset;
            const i = item.dataIndex;
            return `${ds.label}: ${fmt(ds.data[i])} (95% ${fmt(ds.lows[i])} to ${fmt(ds.highs[i])})`;
          },
        },
      },
    },
  });
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: subgroups.map(label), datasets },
    options,
    plugins: [errorBarsPlugin],
  });
}

function main() {
  const data = readData();
  const colors = mixColors(data.mixOrder || [], data.baselineMix);
  for (const el of document.querySelectorAll('[data-swatch]')) {
    const color = colors.get(el.dataset.swatch);
    if (color) el.style.backgroundColor = color;
  }

  const rendered = new Set();
  Chart.register({
    id: 'zbRenderCounter',
    afterRender: (chart) => rendered.add(chart.id),
  });

  const figures = Array.from(document.querySelectorAll('figure[data-chart]'));
  const charts = [];
  for (const fig of figures) {
    const canvas = fig.querySelector('canvas');
    if (!canvas) throw new Error('chart figure without canvas');
    try {
      if (fig.dataset.chart === 'series') {
        const series = (data.series || [])[Number(fig.dataset.index)];
        if (!series) throw new Error(`no series #${fig.dataset.index}`);
        charts.push(seriesChart(canvas, data, series, colors));
      } else if (fig.dataset.chart === 'subgroups') {
        charts.push(subgroupChart(canvas, data, fig.dataset.indicator || '', colors));
      } else {
        throw new Error(`unknown chart kind '${fig.dataset.chart}'`);
      }
    } catch (err) {
      reportError(err);
    }
  }

  // Canvas images scale with the page when printing; re-layout around print as Chart.js advises.
  const resizeAll = () => charts.forEach((c) => c.resize());
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);

  const finish = () => {
    document.body.dataset.chartsExpected = String(figures.length);
    document.body.dataset.chartsRendered = String(charts.filter((c) => rendered.has(c.id)).length);
  };
  if (charts.every((c) => rendered.has(c.id))) {
    finish();
  } else {
    // A chart whose canvas had no size yet draws on the next frame; give it a moment.
    let tries = 0;
    const wait = () => {
      if (charts.every((c) => rendered.has(c.id)) || ++tries > 50) finish();
      else setTimeout(wait, 50);
    };
    setTimeout(wait, 0);
  }
}

function start() {
  try {
    main();
  } catch (err) {
    reportError(err);
    document.body.dataset.chartsRendered = '0';
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
