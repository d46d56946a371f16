// The article with every attribution highlighted: one <mark> per segment, its text set as a text node.
import { el } from './dom.js';
import { roleLabels, statementLabel } from './labels.js';
import { collectSpans, segment } from './spans.js';

export function renderText(container, analysis) {
  container.replaceChildren();
  const segments = segment(analysis.text, collectSpans(analysis));
  for (const part of segments) {
    if (!part.top) {
      container.append(document.createTextNode(part.text));
      continue;
    }
    const ids = [...new Set(part.covering.filter((s) => s.id).map((s) => s.id))];
    const keys = [...new Set(part.covering.filter((s) => s.key && s.role !== 'relay').map((s) => s.key))];
    const top = part.top;
    const classes = [top.role];
    if (top.anonymous) classes.push('anon');
    const mark = el('mark', {
      class: classes.join(' '),
      'data-role': top.role,
      'data-start': part.start,
      'data-end': part.end,
      'data-ids': ids.join(' ') || null,
      'data-keys': keys.join('\u001f') || null,
      title: describe(top, ids),
    }, part.text);
    container.append(mark);
  }
}

function describe(span, ids) {
  const role = roleLabels[span.role] ?? span.role;
  const who = span.key ? `: ${span.key}` : '';
  const statements = ids.length ? ` (${ids.map(statementLabel).join('، ')})` : '';
  return `${role}${span.anonymous ? ' (مجهول)' : ''}${who}${statements}`;
}

/** The marks that belong to a statement, in text order. */
export function marksOf(container, id) {
  return [...container.querySelectorAll('mark[data-ids]')].filter((m) => m.dataset.ids.split(' ').includes(id));
}

/** The marks that name a speaker (its source spans, resolved mentions and entity mentions). */
export function mentionsOf(container, key) {
  return [...container.querySelectorAll('mark[data-keys]')].filter((m) => m.dataset.keys.split('\u001f').includes(key));
}
