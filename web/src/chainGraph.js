// A statement's isnad drawn as a small graph, read right to left like the page:
// القارئ ← the article's outlet ← relay … ← the source. Arrows point the way the statement travelled.
import { svg } from './dom.js';
import { kindLabels } from './labels.js';
import { sourceShortName } from './sources.js';

const nodeHeight = 30;
const gap = 26;
const padding = 10;
const maxLabel = 26;

/** The graph's nodes, from the reader outwards to the source. */
export function chainNodes(attribution, meta) {
  const nodes = [{ role: 'reader', label: 'القارئ' }];
  nodes.push({ role: 'article', label: meta?.outlet ? meta.outlet : 'المقال' });
  for (const relay of attribution.chain ?? []) {
    nodes.push({ role: 'relay', label: relay.entity || relay.text, kind: relay.kind });
  }
  const kind = attribution.source?.kind ?? 'unknown';
  nodes.push({ role: 'source', label: sourceShortName(attribution), kind, anonymous: kind === 'anonymous' });
  return nodes;
}

/** Draws the graph into container (which must be in the document, so labels can be measured). */
export function drawChain(container, attribution, meta) {
  const nodes = chainNodes(attribution, meta);
  const markerId = `arrow-${attribution.id}`;
  const graph = svg('svg', {
    class: 'chain',
    role: 'img',
    'aria-label': nodes.map((n) => n.label).join(' ← '),
    'data-id': attribution.id,
  });
  graph.append(svg('defs', {}, svg('marker', {
    id: markerId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse',
  }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }))));
  container.append(graph);

  // Place the labels first to measure them, then size the boxes around them.
  const groups = nodes.map((node) => {
    const shown = node.label.length > maxLabel ? `${node.label.slice(0, maxLabel - 1)}…` : node.label;
    const title = node.kind ? `${node.label} (${kindLabels[node.kind] ?? node.kind})` : node.label;
    const label = svg('text', { class: 'label', 'dominant-baseline': 'central', 'text-anchor': 'middle' }, shown);
    const box = svg('rect', { rx: 6, ry: 6, height: nodeHeight });
    const group = svg('g', {
      class: `node ${node.role}${node.anonymous ? ' anon' : ''}`,
      'data-role': node.role,
    }, svg('title', {}, title), box, label);
    graph.append(group);
    return { group, box, label, width: Math.max(44, measure(label) + 2 * padding) };
  });

  const total = groups.reduce((sum, g) => sum + g.width, 0) + gap * (groups.length - 1) + 4;
  const height = nodeHeight + 4;
  // Right to left: the reader at the right edge, the source at the left.
  let right = total - 2;
  const edges = [];
  for (const g of groups) {
    const x = right - g.width;
    g.box.setAttribute('x', x);
    g.box.setAttribute('y', 2);
    g.box.setAttribute('width', g.width);
    g.label.setAttribute('x', x + g.width / 2);
    g.label.setAttribute('y', 2 + nodeHeight / 2);
    edges.push({ left: x, right: x + g.width });
    right = x - gap;
  }
  for (let i = 0; i + 1 < edges.length; i++) {
    // From the outer node (left) to the inner one (right): the way the words came.
    graph.append(svg('line', {
      class: 'edge',
      x1: edges[i + 1].right + 2, y1: 2 + nodeHeight / 2,
      x2: edges[i].left - 2, y2: 2 + nodeHeight / 2,
      'marker-end': `url(#${markerId})`,
    }));
  }
  graph.setAttribute('viewBox', `0 0 ${total} ${height}`);
  graph.setAttribute('width', total);
  graph.setAttribute('height', height);
  return graph;
}

function measure(textNode) {
  try {
    return textNode.getComputedTextLength();
  } catch {
    return textNode.textContent.length * 8;
  }
}
