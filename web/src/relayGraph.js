// The relay network between outlets and agencies as a graph (Cytoscape.js, bundled: no CDN). Names are drawn on the
// canvas as labels, never inserted as HTML.
import cytoscape from 'cytoscape';

let graph = null;

/** Draws edges [{from, to, via, count}] into the container: one node per name, an arrow from → to per edge. */
export function drawRelayGraph(container, edges, outletName) {
  graph?.destroy();
  const names = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const id = new Map(names.map((name, i) => [name, `n${i}`]));
  // The drawn names, readable without the canvas (assistive tools, tests).
  container.dataset.nodes = names.join('|');
  container.setAttribute('aria-label', `شبكة النقل: ${names.map(outletName).join('، ')}`);
  graph = cytoscape({
    container,
    elements: [
      ...names.map((name) => ({ data: { id: id.get(name), label: outletName(name) } })),
      ...edges.map((e, i) => ({
        data: { id: `e${i}`, source: id.get(e.from), target: id.get(e.to), label: `${e.via === 'copy' ? 'نسخ' : 'نقل'} ×${e.count}`, weight: e.count },
        classes: e.via,
      })),
    ],
    layout: { name: names.length > 2 ? 'circle' : 'grid', padding: 40, animate: false },
    userZoomingEnabled: true,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'text-valign': 'center', 'text-halign': 'center', 'font-family': 'Noto Naskh Arabic, serif',
          'font-size': 14, shape: 'round-rectangle', width: (node) => 24 + 9 * node.data('label').length, height: 34,
          'background-color': '#d7c0f2', color: '#4c1d95', 'border-width': 1, 'border-color': '#4c1d95',
        },
      },
      {
        selector: 'edge',
        style: {
          label: 'data(label)', 'font-size': 12, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          width: 'mapData(weight, 1, 20, 1.5, 8)', 'line-color': '#5b6570', 'target-arrow-color': '#5b6570',
          'text-background-color': '#fbfaf7', 'text-background-opacity': 1,
        },
      },
      { selector: 'edge.copy', style: { 'line-style': 'dashed', 'line-color': '#b45309', 'target-arrow-color': '#b45309' } },
    ],
  });
  return graph;
}
