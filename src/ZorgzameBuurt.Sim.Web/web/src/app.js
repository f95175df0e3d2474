// The teaching workbench page: the neighbourhood as a network (sigma + graphology, WebGL), live charts
// (Chart.js), controls for the teacher, and one resident's journey beside her counterfactual. Every browser
// listens to the same session over SignalR; only a link with the session key (?key=...) may control it.
import Graph from 'graphology';
import Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import { HubConnectionBuilder } from '@microsoft/signalr';
import { Chart, LineController, LineElement, PointElement, LinearScale, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

const key = new URLSearchParams(location.search).get('key');
const $ = (id) => document.getElementById(id);

const STATES = [
  ['none', '#c9ccd1'], ['hidden', '#d62728'], ['noticed', '#ff7f0e'], ['at the hub', '#9467bd'],
  ['referred', '#1f77b4'], ['resolved', '#2ca02c'], ['lost', '#6b3e26'],
];
const TIE_COLOURS = ['#b0b0b0', '#e9a3c9', '#7fcdbb', '#d9d98c', '#b39ddb', '#555555', '#777777'];
const HELP_COLOURS = ['#1a9850', '#91cf60', '#fee08b', '#fc8d59', '#d73027'];

const state = {
  status: null, teacher: false, graph: new Graph({ type: 'undirected', multi: false }), sigma: null,
  mode: 'need', network: null, charts: [], chartNames: [], days: [], renderMs: [], frameMs: [], networkDay: -1,
  fetchingNetwork: false,
};

function decode(b64) {
  const s = atob(b64 || '');
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function api(path, body) {
  const init = { headers: {} };
  if (key) init.headers['X-Session-Key'] = key;
  if (body !== undefined) {
    init.method = 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const r = await fetch('/api/' + path, init);
  const text = await r.text();
  const json = text ? JSON.parse(text) : null;
  if (!r.ok) throw Object.assign(new Error((json && (json.error || json.detail)) || r.statusText), { status: r.status, body: json });
  return json;
}

function nodeColour(i) {
  const n = state.network;
  if (i >= n.residents) return '#111111';
  if (state.mode === 'help') {
    if (n.cutVertex[i]) return '#e7298a';
    const d = n.distanceToHelp[i];
    return d < 0 ? HELP_COLOURS[4] : HELP_COLOURS[Math.min(3, d)];
  }
  return STATES[n.states[i]][1];
}

function nodeSize(i) {
  const n = state.network;
  if (i >= n.residents) return 7;
  return 1.6 + 4 * (n.loneliness[i] / 255) + (state.mode === 'help' && n.cutVertex[i] ? 3 : 0);
}

function buildGraph(view) {
  const g = state.graph;
  const agents = view.x.length;
  const n = {
    residents: view.residents, states: decode(view.states), loneliness: decode(view.loneliness),
    kind: decode(view.kind), distanceToHelp: view.distanceToHelp, cutVertex: view.cutVertex,
  };
  state.network = n;
  if (g.order !== agents) {
    g.clear();
    for (let i = 0; i < agents; i++) {
      g.addNode(i, { x: view.x[i], y: view.y[i], size: 2, color: '#c9ccd1', type: n.kind[i] > 0 ? 'square' : 'circle', label: i < view.residents ? null : 'professional ' + i });
    }
  }
  g.clearEdges();
  const kinds = decode(view.tieKind);
  const strength = decode(view.tieStrength);
  for (let t = 0; t < view.tieA.length; t++) {
    const s = strength[t] / 255;
    // Ties to professionals (nearly everyone has a GP) are drawn faint so the neighbourhood's own ties stay visible.
    const a = kinds[t] === 5 ? 0.06 : 0.25 + 0.6 * s;
    g.addUndirectedEdge(view.tieA[t], view.tieB[t], { color: TIE_COLOURS[kinds[t]] + alpha(a), size: 0.3 + 1.2 * s });
  }
  // Let sigma process the new nodes and edges before their colours are updated in place.
  if (state.sigma) state.sigma.refresh();
  paintNodes();
  state.networkDay = view.day;
  showAnalysis(view.analysis);
}

function alpha(a) {
  return Math.round(a * 255).toString(16).padStart(2, '0');
}

function paintNodes() {
  const g = state.graph;
  const t0 = performance.now();
  g.updateEachNodeAttributes((node, attr) => {
    const i = +node;
    attr.color = nodeColour(i);
    attr.size = nodeSize(i);
    return attr;
  }, { attributes: ['color', 'size'] });
  if (state.sigma) state.sigma.refresh();
  state.renderMs.push(performance.now() - t0);
  if (state.renderMs.length > 500) state.renderMs.shift();
}

function showAnalysis(values) {
  const rows = Object.entries(values || {}).map(([k, v]) => `<tr><td>${k.replaceAll('_', ' ')}</td><td>${v === null ? '–' : (+v).toFixed(3)}</td></tr>`);
  $('analysis').innerHTML = `<table>${rows.join('')}</table><p>Pink squares in “distance to help”: residents whose loss would cut others off from help.</p>`;
}

function legend() {
  $('legend').innerHTML = STATES.map(([name, c]) => `<span><i style="background:${c}"></i>${name}</span>`).join('') +
    '<span><i style="background:#111;border-radius:0"></i>professional</span><span><i style="background:#999;border-radius:0"></i>volunteer (square)</span>';
}

const switchLines = {
  id: 'switchLines',
  afterDatasetsDraw(chart) {
    const switches = (state.status && state.status.switches) || [];
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.strokeStyle = '#e7298a';
    ctx.setLineDash([4, 3]);
    for (const s of switches) {
      const x = scales.x.getPixelForValue(s.day);
      if (x < chartArea.left || x > chartArea.right) continue;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
    }
    ctx.restore();
  },
};

function makeCharts(names) {
  state.charts.forEach((c) => c.destroy());
  $('charts').innerHTML = '';
  state.chartNames = names;
  state.charts = names.map((name) => {
    const box = document.createElement('div');
    box.className = 'chart';
    const canvas = document.createElement('canvas');
    box.appendChild(canvas);
    $('charts').appendChild(box);
    return new Chart(canvas, {
      type: 'line',
      data: { datasets: [{ label: name, data: [], borderColor: '#2f4858', borderWidth: 1.5, pointRadius: 0 }] },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
        plugins: { title: { display: false }, legend: { display: false } },
        scales: { x: { type: 'linear', title: { display: true, text: name.replaceAll('_', ' ') } }, y: { type: 'linear' } },
      },
      plugins: [switchLines],
    });
  });
}

// Days can arrive faster than the screen refreshes (playing at 10+ days a second): each day's chart points are
// kept at once, the drawing happens at most once per animation frame with the latest day's states.
let pending = null;

function addDay(report) {
  $('day').textContent = report.day;
  state.days.push(report.day);
  state.charts.forEach((chart, i) => {
    const v = report.indicators[state.chartNames[i]];
    if (v !== null && v !== undefined) chart.data.datasets[0].data.push({ x: report.day, y: v });
  });
  if (pending === null) requestAnimationFrame(drawDay);
  pending = report;
}

function drawDay() {
  const report = pending;
  pending = null;
  state.charts.forEach((chart) => chart.update('none'));
  if (state.network) {
    state.network.states = decode(report.states);
    state.network.loneliness.set(decode(report.loneliness).subarray(0, state.network.residents));
    paintNodes();
  }
  state.drawnDay = report.day;
  if (report.day - state.networkDay >= 10) refreshNetwork();
}

// The chart points of the days before this page opened, then today with the residents' states.
async function loadHistory() {
  const history = await api('history');
  for (const day of history) {
    state.charts.forEach((chart, i) => {
      const v = day.indicators[state.chartNames[i]];
      if (v !== null && v !== undefined) chart.data.datasets[0].data.push({ x: day.day, y: v });
    });
  }
  const today = await api('today');
  state.charts.forEach((chart) => {
    const data = chart.data.datasets[0].data;
    if (data.length && data[data.length - 1].x === today.day) data.pop();
  });
  addDay(today);
}

async function refreshNetwork() {
  if (state.fetchingNetwork) return;
  state.fetchingNetwork = true;
  try {
    buildGraph(await api('network'));
  } finally {
    state.fetchingNetwork = false;
  }
}

async function refreshStatus() {
  const s = await api('status');
  state.status = s.status;
  state.teacher = s.teacher;
  document.body.classList.toggle('student', !s.teacher);
  $('role').textContent = s.teacher ? 'teacher' : 'student (watching)';
  $('scenario').textContent = `${s.status.scenario} · seed ${s.status.seed} · ${s.status.residents} residents · ` +
    (s.status.active.length ? s.status.active.join(' + ') : 'no intervention') + (s.status.lockdown ? ' · LOCKDOWN' : '');
  $('day').textContent = s.status.day;
  $('switches').innerHTML = s.status.available.map((k) =>
    `<label><input type="checkbox" data-key="${k}" ${s.status.active.includes(k) ? 'checked' : ''}> ${k.replaceAll('_', ' ')}</label>`).join('');
  fillSelect('settlement', s.status.settlements);
  fillSelect('facility', s.status.facilities);
  fillSelect('preset', s.presets, s.status.scenario);
  $('seed').value = s.status.seed;
  state.charts.forEach((c) => c.update('none'));
  return s;
}

function fillSelect(id, items, selected) {
  const el = $(id);
  const keep = selected ?? el.value;
  el.innerHTML = items.map((i) => `<option ${i === keep ? 'selected' : ''}>${i}</option>`).join('');
}

async function openResident(id) {
  const r = await api('resident/' + id);
  $('resident').classList.remove('hidden');
  $('resident-id').textContent = id;
  $('resident-card').textContent = `age ${r.age.replace('Age', '').replace('To', '–').replace('Plus', '+')} · ` +
    `${r.livingAlone ? 'living alone' : 'not living alone'} · ${r.settlement} · trust ${r.trust.toFixed(2)} · ` +
    `loneliness ${r.loneliness.toFixed(2)} · ${r.role === 'None' ? 'no volunteer role' : 'volunteer: ' + r.role} · ` +
    `${r.ties} ties · traits: ${r.traits.join(', ') || 'none'}`;
  $('resident-summary').textContent = r.summary.join('\n');
  $('with-title').textContent = `with ${r.mix} (hidden ${r.hiddenDaysWith} days)`;
  $('without-title').textContent = `without: ${r.versus} (hidden ${r.hiddenDaysWithout} days)`;
  const list = (events) => events.filter((e) => !/tie with/.test(e)).map((e) => `<li>${e}</li>`).join('') || '<li>nothing happened yet</li>';
  $('timeline-with').innerHTML = list(r.timeline);
  $('timeline-without').innerHTML = list(r.counterfactual);
}

async function control(path, body) {
  $('errors').textContent = '';
  try {
    return await api(path, body ?? {});
  } catch (e) {
    const problems = e.body && e.body.problems;
    $('errors').textContent = problems ? problems.map((p) => p.text).join('\n') : e.message;
    return null;
  }
}

function wireControls() {
  $('play').onclick = () => control('play?speed=' + $('speed').value);
  $('pause').onclick = () => control('pause');
  $('step').onclick = () => control('step');
  $('speed').oninput = () => {
    $('speed-value').textContent = $('speed').value;
  };
  $('speed').onchange = () => {
    if (state.playing) control('play?speed=' + $('speed').value);
  };
  $('switches').onchange = (e) => {
    const k = e.target.dataset.key;
    if (k) control('switch', { key: k, on: e.target.checked });
  };
  $('lockdown').onclick = () => control('lockdown', { contactFactor: 0.5, days: 30 });
  $('end-lockdown').onclick = () => control('lockdown/end');
  $('close').onclick = () => control('close', { settlement: $('settlement').value, facility: $('facility').value });
  $('reset').onclick = () => control('reset', { preset: $('preset').value, seed: +$('seed').value, mix: $('mix').value });
  $('upload').onchange = async () => {
    const file = $('upload').files[0];
    if (!file) return;
    await control('reset', { yaml: await file.text(), fileName: file.name, seed: +$('seed').value, mix: $('mix').value });
  };
  $('resident-close').onclick = () => $('resident').classList.add('hidden');
  for (const radio of document.querySelectorAll('input[name=mode]')) {
    radio.onchange = () => {
      state.mode = radio.value;
      paintNodes();
    };
  }
}

async function start() {
  legend();
  wireControls();
  const s = await refreshStatus();
  makeCharts(s.charts);
  state.sigma = new Sigma(state.graph, $('network'), {
    nodeProgramClasses: { square: NodePointProgram },
    renderLabels: false,
    zIndex: false,
    defaultEdgeType: 'line',
    hideEdgesOnMove: true,
  });
  state.sigma.on('clickNode', ({ node }) => {
    if (+node < state.network.residents) openResident(+node);
  });
  await refreshNetwork();
  await loadHistory();

  const hub = new HubConnectionBuilder().withUrl('/hub').withAutomaticReconnect().build();
  hub.on('day', addDay);
  hub.on('status', async () => {
    const st = await refreshStatus();
    state.playing = st.playing;
  });
  hub.on('reset', async () => {
    await refreshStatus();
    makeCharts(state.chartNames);
    state.days = [];
    state.networkDay = -1;
    await refreshNetwork();
    await loadHistory();
  });
  await hub.start();

  let last = performance.now();
  const frame = (t) => {
    state.frameMs.push(t - last);
    if (state.frameMs.length > 500) state.frameMs.shift();
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.workbench.ready = true;
}

window.workbench = { state, openResident, refreshNetwork, ready: false };
start().catch((e) => {
  $('errors').textContent = 'The workbench could not start: ' + e.message;
  console.error(e);
});
