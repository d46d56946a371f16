// Turns an isnad/1 analysis into non-overlapping segments of its text, each with the role that colours it and the
// statements and speakers it belongs to. Offsets are UTF-16 code units, as JavaScript strings count them.
import { normalise, sourceKey } from './sources.js';

// Lower is shown first when spans overlap: a cue inside a quoted content keeps its colour.
const rank = { cue: 0, source: 1, mention: 1, relay: 1, content: 2, entity: 3 };

/** Every span of every attribution (and every entity mention), with its role. */
export function collectSpans(analysis) {
  const spans = [];
  const length = analysis.text.length;
  const add = (part, role, attribution, extra = {}) => {
    if (!part || !(part.end > part.start) || part.start < 0 || part.end > length) return;
    spans.push({ start: part.start, end: part.end, role, id: attribution?.id ?? null, ...extra });
  };
  for (const a of analysis.attributions ?? []) {
    const key = sourceKey(a);
    add(a.cue, 'cue', a);
    add(a.source, 'source', a, { key, anonymous: a.source?.kind === 'anonymous' });
    add(a.source?.resolved, 'mention', a, { key, anonymous: a.source?.kind === 'anonymous' });
    add(a.content, 'content', a);
    for (const relay of a.chain ?? []) add(relay, 'relay', a, { key: normalise(relay.entity) || normalise(relay.text) });
  }
  // An entity inside a source, mention or relay adds nothing the reader can see there: dropping it keeps the
  // speaker's name one highlighted run instead of pieces.
  const named = spans.filter((s) => s.role === 'source' || s.role === 'mention' || s.role === 'relay');
  for (const entity of analysis.entities ?? []) {
    if (entity.type === 'DATE') continue;
    if (named.some((s) => s.start <= entity.start && entity.end <= s.end)) continue;
    add(entity, 'entity', null, { key: normalise(entity.canonical) || normalise(entity.text) });
  }
  return spans;
}

/**
 * Cuts the text at every span boundary. Each segment lists the spans covering it and shows the role of the one
 * ranked first (innermost on a tie); a segment no span covers is plain text.
 */
export function segment(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    let top = null;
    for (const span of covering) {
      if (!top || rank[span.role] < rank[top.role] ||
          (rank[span.role] === rank[top.role] && span.end - span.start < top.end - top.start)) {
        top = span;
      }
    }
    segments.push({ start, end, text: text.slice(start, end), top, covering });
  }
  return segments;
}
