// Segmentation of an analysis into highlighted runs (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectSpans, segment } from '../src/spans.js';

const text = 'قال أحمد: "نقل سالم عن خالد أن الطريق مفتوح".';
const at = (part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });

const analysis = {
  text,
  attributions: [
    { id: 'a1', cue: at('قال'), source: { ...at('أحمد'), kind: 'person', entity: 'أحمد' }, content: at('نقل سالم عن خالد أن الطريق مفتوح'), chain: [] },
    { id: 'a2', cue: at('نقل'), source: { ...at('خالد'), kind: 'person', entity: null }, content: at('الطريق مفتوح'), chain: [{ ...at('سالم'), kind: 'person', entity: null }], nested_in: 'a1' },
  ],
  entities: [{ ...at('أحمد'), type: 'PER', canonical: 'أحمد' }, { ...at('مفتوح'), type: 'DATE', canonical: null }],
};

const runs = (segments) => segments.filter((s) => s.top).map((s) => `${s.top.role}:${s.text}`);

test('a nested statement keeps its own colours inside the quotation that contains it', () => {
  assert.deepEqual(runs(segment(text, collectSpans(analysis))), [
    'cue:قال', 'source:أحمد', 'cue:نقل', 'content: ', 'relay:سالم', 'content: عن ', 'source:خالد', 'content: أن ', 'content:الطريق مفتوح',
  ]);
});

test('the segments cover the text exactly, in order', () => {
  const segments = segment(text, collectSpans(analysis));
  assert.equal(segments.map((s) => s.text).join(''), text);
  segments.forEach((s, i) => assert.equal(s.start, i === 0 ? 0 : segments[i - 1].end));
});

test('spans outside the text are ignored rather than trusted', () => {
  const broken = { text: 'قال', attributions: [{ id: 'a1', cue: { start: 0, end: 99, text: 'x' }, source: { start: 2, end: 1 }, chain: [] }], entities: [] };
  assert.deepEqual(collectSpans(broken), []);
});

test('a segment lists every statement covering it', () => {
  const inner = segment(text, collectSpans(analysis)).find((s) => s.text === 'الطريق مفتوح');
  assert.deepEqual([...new Set(inner.covering.map((s) => s.id))].sort(), ['a1', 'a2']);
  assert.equal(inner.top.id, 'a2');
});

test('an entity inside a source does not cut the source into pieces', () => {
  const named = { ...analysis, entities: [{ ...at('أحمد'), type: 'PER', canonical: 'أحمد' }, { ...at('الطريق'), type: 'LOC', canonical: 'الطريق' }] };
  const spans = collectSpans(named);
  assert.deepEqual(spans.filter((s) => s.role === 'entity').map((s) => s.key), ['الطريق']);
});
