// Which source a statement comes from, as one key: the canonical entity, else the mention it was resolved to, else
// its own words. Two statements with the same key are shown as the same speaker.

export function normalise(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function sourceKey(attribution) {
  const source = attribution.source ?? {};
  return normalise(source.entity) || normalise(source.resolved?.text) || normalise(source.text);
}

/** The name to show for the statement's source. */
export function sourceName(attribution) {
  const source = attribution.source ?? {};
  return normalise(source.entity) || normalise(source.resolved?.text) || normalise(source.text) || '؟';
}
