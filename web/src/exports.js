// An analysis as files: isnad/1 JSON, CSV (one row per statement) and brat standoff (.txt + .ann) for annotators.

export function toJson(analysis) {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

const csvColumns = [
  'id', 'cue', 'cue_lemma', 'source', 'source_kind', 'source_entity', 'resolved', 'affiliation', 'content', 'form',
  'chain', 'nested_in', 'cue_start', 'cue_end', 'source_start', 'source_end', 'content_start', 'content_end',
  'rule_pattern', 'rule_content', 'rule_resolution',
];

export function toCsv(analysis) {
  const rows = [csvColumns];
  for (const a of analysis.attributions ?? []) {
    rows.push([
      a.id, a.cue?.text, a.cue?.lemma, a.source?.text, a.source?.kind, a.source?.entity, a.source?.resolved?.text,
      a.source?.affiliation, a.content?.text, a.content?.form, (a.chain ?? []).map((r) => r.text).join(' ← '),
      a.nested_in, a.cue?.start, a.cue?.end, a.source?.start, a.source?.end, a.content?.start, a.content?.end,
      a.rule?.pattern, a.rule?.content, a.rule?.resolution,
    ]);
  }
  // CRLF and a BOM, as spreadsheets expect them for Arabic text.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A cell starting like a formula would run in a spreadsheet: the article is untrusted.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * brat standoff: T lines for Cue, Source, Mention (the earlier name a pronoun stands for), Content and Relay;
 * R lines tying each cue to its source, content and relays and a source to its mention; A lines for anonymous
 * sources and the content's form. brat counts offsets in Unicode code points, not UTF-16 units, and a span
 * that crosses a line break is written as fragments.
 */
export function toBratAnn(analysis) {
  const text = analysis.text;
  const point = codePointIndex(text);
  const lines = [];
  let t = 0;
  let r = 0;
  let attr = 0;
  let note = 0;
  const textBound = (type, part) => {
    if (!part || !(part.end > part.start)) return null;
    const fragments = splitAtLineBreaks(text, part.start, part.end);
    if (fragments.length === 0) return null;
    const id = `T${++t}`;
    const offsets = fragments.map(([s, e]) => `${point[s]} ${point[e]}`).join(';');
    const covered = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${covered}`);
    return id;
  };
  const relation = (type, from, to) => {
    if (from && to) lines.push(`R${++r}\t${type} Arg1:${from} Arg2:${to}`);
  };
  for (const a of analysis.attributions ?? []) {
    const cue = textBound('Cue', a.cue);
    const source = textBound('Source', a.source);
    const mention = textBound('Mention', a.source?.resolved);
    const content = textBound('Content', a.content);
    relation('SaidBy', cue, source);
    relation('Says', cue, content);
    relation('RefersTo', source, mention);
    if (source && a.source?.kind) lines.push(`A${++attr}\tSourceKind ${source} ${a.source.kind}`);
    if (content && a.content?.form) lines.push(`A${++attr}\tForm ${content} ${a.content.form}`);
    (a.chain ?? []).forEach((relay, index) => {
      const relayId = textBound('Relay', relay);
      relation('RelayedBy', cue, relayId);
      if (relayId) lines.push(`#${++note}\tAnnotatorNotes ${relayId}\tchain position ${index + 1} of ${a.chain.length}, statement ${a.id}`);
    });
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** For each UTF-16 index 0…length, the number of code points before it. */
function codePointIndex(text) {
  const index = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
    const lowHalf = unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
    // The low half of a surrogate pair belongs to the code point its high half started.
    index[i] = lowHalf ? points - 1 : points++;
  }
  index[text.length] = points;
  return index;
}

function splitAtLineBreaks(text, start, end) {
  const fragments = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      let s = from;
      let e = i;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) fragments.push([s, e]);
      from = i + 1;
    }
  }
  return fragments;
}

/** Offers text as a file download (a Blob URL, revoked once clicked). */
export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
