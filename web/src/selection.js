// Selecting a speaker marks every statement it made and every mention of it; focusing a statement marks its spans.
import { marksOf, mentionsOf } from './textView.js';

export function selectSource(textView, list, key) {
  clear(textView, list);
  if (!key) return;
  const cards = [...list.querySelectorAll('.statement')].filter((c) => c.dataset.key === key);
  for (const card of cards) {
    card.classList.add('selected');
    for (const mark of marksOf(textView, card.dataset.id)) mark.classList.add('selected');
  }
  for (const mark of mentionsOf(textView, key)) mark.classList.add('mention-selected');
  for (const button of list.querySelectorAll('.source-name')) button.setAttribute('aria-pressed', String(button.dataset.key === key));
  const first = textView.querySelector('mark.mention-selected, mark.selected');
  first?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

export function focusStatement(textView, list, id) {
  for (const mark of textView.querySelectorAll('mark.focused')) mark.classList.remove('focused');
  for (const card of list.querySelectorAll('.statement.focused')) card.classList.remove('focused');
  const marks = marksOf(textView, id);
  for (const mark of marks) mark.classList.add('focused');
  list.querySelector(`.statement[data-id="${CSS.escape(id)}"]`)?.classList.add('focused');
  marks[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function clear(textView, list) {
  for (const node of textView.querySelectorAll('mark.selected, mark.mention-selected')) node.classList.remove('selected', 'mention-selected');
  for (const card of list.querySelectorAll('.statement.selected')) card.classList.remove('selected');
  for (const button of list.querySelectorAll('.source-name')) button.setAttribute('aria-pressed', 'false');
}
