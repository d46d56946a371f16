// CSV and brat standoff exports (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toBratAnn, toCsv } from '../src/exports.js';

test('brat offsets count code points, so a character outside the BMP before a span shifts it by one, not two', () => {
  const text = '😀 قال علي إن الجو\nجميل';
  const cue = text.indexOf('قال');
  const analysis = {
    text,
    attributions: [{
      id: 'a1',
      cue: { start: cue, end: cue + 3, text: 'قال' },
      source: { start: cue + 4, end: cue + 7, text: 'علي', kind: 'person' },
      content: { start: cue + 11, end: text.length, text: 'الجو\nجميل', form: 'indirect' },
      chain: [],
    }],
  };
  assert.equal(cue, 3);
  assert.equal(toBratAnn(analysis), [
    'T1\tCue 2 5\tقال',
    'T2\tSource 6 9\tعلي',
    // A span across a line break is written as two fragments, its text joined by a space.
    'T3\tContent 13 17;18 22\tالجو جميل',
    'R1\tSaidBy Arg1:T1 Arg2:T2',
    'R2\tSays Arg1:T1 Arg2:T3',
    'A1\tSourceKind T2 person',
    'A2\tForm T3 indirect',
    '',
  ].join('\n'));
});

test('CSV quotes commas and quotes, and defuses cells that a spreadsheet would run as formulas', () => {
  const analysis = {
    text: '',
    attributions: [{
      id: 'a1', cue: { start: 0, end: 3, text: 'قال', lemma: 'قال' }, source: { start: 4, end: 7, text: '=HYPERLINK("x")', kind: 'unknown' },
      content: { start: 8, end: 9, text: 'نعم، "لا", ربما', form: 'mixed' }, chain: [], nested_in: null,
    }],
  };
  const row = toCsv(analysis).split('\r\n')[1];
  assert.equal(row, 'a1,قال,قال,"\'=HYPERLINK(""x"")",unknown,,,,"نعم، ""لا"", ربما",mixed,,,0,3,4,7,8,9,,,');
});
