// Which source a statement comes from, as one key: the canonical entity, else the mention it was resolved to, else
// its own words. Two statements with the same key are shown as the same speaker. An anonymous source is never keyed
// by its entity: that names the body it belongs to (مسؤول في الدفاع المدني → the civil defence), not the speaker.

export function normalise(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function sourceKey(attribution) {
  const source = attribution.source ?? {};
  const words = normalise(source.resolved?.text) || normalise(source.text);
  if (source.kind === 'anonymous') return `؟ ${words}`;
  return normalise(source.entity) || words;
}

/** The source as the article names it: the earlier mention a pronoun or short name stands for, else its own words. */
export function sourceWords(attribution) {
  const source = attribution.source ?? {};
  return normalise(source.resolved?.text) || normalise(source.text) || '؟';
}

/** The shorter of the canonical name and the words, for the chain graph; anonymous sources keep their words. */
export function sourceShortName(attribution) {
  const words = sourceWords(attribution);
  const entity = attribution.source?.kind === 'anonymous' ? '' : normalise(attribution.source?.entity);
  return entity && entity.length < words.length ? entity : words;
}
