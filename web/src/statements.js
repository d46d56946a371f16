// The list of statements beside the text: who said it (a button that selects the speaker), what, in which form,
// the chain as a graph, and the rule trace on demand.
import { el } from './dom.js';
import { drawChain } from './chainGraph.js';
import { traceDetails } from './ruleTrace.js';
import { formLabels, kindLabels, statementLabel } from './labels.js';
import { normalise, sourceKey, sourceWords } from './sources.js';

export function renderStatements(list, analysis, { onSelectSource, onFocusStatement }) {
  list.replaceChildren();
  const attributions = analysis.attributions ?? [];
  if (attributions.length === 0) {
    list.append(el('li', { class: 'empty' }, 'لم يُعثر في هذا النص على أقوال منسوبة إلى مصدر.'));
    return;
  }
  for (const a of attributions) {
    const kind = a.source?.kind ?? 'unknown';
    const sourceButton = el('button', {
      type: 'button',
      class: `source-name${kind === 'anonymous' ? ' anon' : ''}`,
      'data-key': sourceKey(a),
      title: 'أظهر كل أقوال هذا المصدر ومواضع ذكره',
    }, sourceWords(a));
    sourceButton.addEventListener('click', (event) => {
      event.stopPropagation();
      onSelectSource(sourceKey(a));
    });

    const graphHolder = el('div', { class: 'chain-holder' });
    const card = el('li', { class: 'statement', 'data-id': a.id, 'data-key': sourceKey(a), tabindex: 0 },
      el('div', { class: 'statement-head' },
        el('span', { class: 'statement-id' }, statementLabel(a.id)),
        sourceButton,
        canonical(a),
        el('span', { class: `badge kind ${kind}` }, kindLabels[kind] ?? kind),
        a.content?.form ? el('span', { class: 'badge form' }, formLabels[a.content.form] ?? a.content.form) : null),
      el('p', { class: 'statement-content' },
        el('span', { class: 'cue-word' }, a.cue?.text ?? ''), ' ',
        el('q', {}, a.content?.text ?? '')),
      graphHolder,
      traceDetails(a));
    card.addEventListener('click', () => onFocusStatement(a.id));
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === card) onFocusStatement(a.id);
    });
    list.append(card);
    drawChain(graphHolder, a, analysis.meta);
  }
}

/** The canonical name the engine linked the source to, when it says more than the words (never for anonymous sources). */
function canonical(a) {
  const entity = normalise(a.source?.entity);
  if (!entity || a.source?.kind === 'anonymous' || entity === sourceWords(a)) return null;
  return el('span', { class: 'canonical', title: 'الاسم المعياري' }, entity);
}
