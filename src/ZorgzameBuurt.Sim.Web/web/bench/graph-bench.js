// Measures the two graph libraries considered for the workbench's network view on the same graph (5,000
// residents in streets, ~25,000 ties): time to draw it once, and time to recolour and resize every node and
// redraw it (what the page does every simulated day). Run by the Web benchmark test (tests/.../Web), never by the
// page itself; bundled on demand with `node build.mjs OUT bench/graph-bench.js`.
import Graph from 'graphology';
import Sigma from 'sigma';
import cytoscape from 'cytoscape';

const N = 5000;
const TIES = 25000;
const COLOURS = ['#c9ccd1', '#d62728', '#9467bd', '#1f77b4', '#2ca02c'];

// A deterministic graph: residents on a sunflower spiral, ties mostly to near neighbours (a street network).
function graphData() {
  // mulberry32 in 32-bit integer arithmetic. (An LCG written as seed * 1103515245 in doubles loses its low bits past
  // 2^53, falls into a short cycle, and the loop below never collects its ties: the bench used to hang here.)
  let seed = 12345;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = [];
  for (let i = 0; i < N; i++) {
    const r = Math.sqrt(i + 0.5);
    nodes.push({ id: String(i), x: r * Math.cos(i * 2.39996) * 10, y: r * Math.sin(i * 2.39996) * 10 });
  }
  const edges = new Set();
  while (edges.size < TIES) {
    const a = Math.floor(rnd() * N);
    const b = rnd() < 0.8 ? Math.min(N - 1, a + 1 + Math.floor(rnd() * 30)) : Math.floor(rnd() * N);
    if (a !== b) edges.add(a < b ? `${a}-${b}` : `${b}-${a}`);
  }
  return { nodes, edges: [...edges].map((e) => e.split('-')) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function box() {
  const el = document.createElement('div');
  el.style.cssText = 'position:absolute;left:0;top:0;width:900px;height:700px';
  document.body.appendChild(el);
  return el;
}

async function benchSigma(data, rounds) {
  const g = new Graph({ type: 'undirected' });
  for (const n of data.nodes) g.addNode(n.id, { x: n.x, y: n.y, size: 2, color: COLOURS[0] });
  for (const [a, b] of data.edges) g.addUndirectedEdge(a, b, { color: '#99999966', size: 0.5 });
  const el = box();
  let t = performance.now();
  const s = new Sigma(g, el, { renderLabels: false, zIndex: false });
  s.refresh();
  const first = performance.now() - t;
  const times = [];
  for (let r = 0; r < rounds; r++) {
    t = performance.now();
    g.updateEachNodeAttributes((node, attr) => {
      attr.color = COLOURS[(+node + r) % COLOURS.length];
      attr.size = 1.5 + ((+node * 7 + r) % 5);
      return attr;
    }, { attributes: ['color', 'size'] });
    s.refresh();
    times.push(performance.now() - t);
  }
  s.kill();
  el.remove();
  return { first, median: median(times) };
}

async function benchCytoscape(data, rounds, webgl) {
  const el = box();
  const elements = [
    ...data.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, c: COLOURS[0], s: 4 }, position: { x: n.x, y: n.y } })),
    ...data.edges.map(([a, b]) => ({ group: 'edges', data: { id: `e${a}-${b}`, source: a, target: b } })),
  ];
  let t = performance.now();
  const cy = cytoscape({
    container: el, elements, layout: { name: 'preset' }, renderer: { name: 'canvas', webgl },
    style: [
      { selector: 'node', style: { 'background-color': 'data(c)', width: 'data(s)', height: 'data(s)' } },
      { selector: 'edge', style: { 'line-color': '#999', width: 0.5, opacity: 0.4 } },
    ],
  });
  // Resolves on cytoscape's next render, or after 20 s (counted as 20 s: a renderer that never draws is not fluid).
  const rendered = () => new Promise((resolve) => {
    const timer = setTimeout(resolve, 20000);
    cy.one('render', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  await rendered();
  const first = performance.now() - t;
  const times = [];
  for (let r = 0; r < rounds; r++) {
    t = performance.now();
    const done = rendered();
    cy.batch(() => cy.nodes().forEach((n) => {
      n.data('c', COLOURS[(+n.id() + r) % COLOURS.length]);
      n.data('s', 3 + ((+n.id() * 7 + r) % 5));
    }));
    await done;
    times.push(performance.now() - t);
  }
  cy.destroy();
  el.remove();
  return { first, median: median(times) };
}

async function guarded(run) {
  try {
    return await run();
  } catch (e) {
    return { error: String(e) };
  }
}

window.graphBench = async (rounds = 10, library = 'all') => {
  const data = graphData();
  const result = { nodes: N, ties: data.edges.length };
  if (library === 'all' || library === 'sigma') result.sigma = await guarded(() => benchSigma(data, rounds));
  if (library === 'all' || library === 'cytoscape') result.cytoscapeCanvas = await guarded(() => benchCytoscape(data, rounds, false));
  if (library === 'all' || library === 'cytoscape-webgl') result.cytoscapeWebgl = await guarded(() => benchCytoscape(data, rounds, true));
  return result;
};
