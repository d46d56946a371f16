// The rule trace of an attribution, built when it is opened: the engine's `rule` (isnad/1, optional) with a short
// Arabic gloss for each stable name, then the evidence (spans with their offsets).
import { el } from './dom.js';
import { kindLabels, statementLabel } from './labels.js';

const patternGlosses = {
  VerbSubject: 'فعل ثم فاعل (وقال الوزير)',
  ProDropVerb: 'فعل فاعله مستتر',
  FrontedSubject: 'فاعل متقدم على الفعل',
  KanaQadSubject: '«وكان … قد»',
  AmaTopic: '«أما … فـ»',
  PronounBeforeVerb: 'ضمير قبل الفعل',
  DocumentLocus: 'موضع في وثيقة (في البيان)',
  DocumentIssuer: 'جهة أصدرت وثيقة',
  NaqlanAn: '«نقلاً عن»',
  RelayAn: '«نقل … عن»',
  KnowingFrom: '«علم … من»',
  Participle: 'اسم فاعل (مشيراً إلى)',
  ParticipleAfterStance: 'اسم فاعل بعد موقف',
  Prepositional: 'حرف جر (بحسب، وفقاً لـ)',
};

const contentGlosses = {
  Complementizer: 'بعد إنّ أو أنّ',
  Colon: 'بعد النقطتين',
  Quotation: 'اقتباس بعد الفعل',
  QuotationBeforeCue: 'اقتباس قبل الفعل',
  NominalContent: 'مصدر بعد الفعل (أكد مقتل …)',
  ClauseAfterCue: 'جملة بعد الفعل',
  ClauseAfterPrepositional: 'جملة بعد حرف الجر',
  ClauseBeforePrepositional: 'جملة قبل حرف الجر',
};

const resolutionGlosses = {
  ExplicitMention: 'ذُكر صراحة',
  KnownMention: 'اسم سبق ذكره',
  Surname: 'اسم العائلة لمن سبق ذكره',
  RecentSpeaker: 'آخر متحدث',
  JointPair: 'الاثنان معاً',
  RecentMention: 'أقرب ذكر سابق',
  SameSpeaker: 'المتحدث نفسه',
  Honorific: 'لقب تشريف (سموه، معاليه)',
  Description: 'وصف سبق (الوزير، المصدر)',
  DocumentIssuer: 'مُصدر الوثيقة',
  DocumentOfBodyThatSpoke: 'وثيقة الجهة المتحدثة',
  NewGroupThroughNewRelay: 'مصدر جديد عبر ناقل جديد',
  PreviousStatement: 'صاحب القول السابق',
  StanceSpeaker: 'صاحب الموقف',
  MentionRanker: 'مرتِّب الإحالات المتعلَّم',
  Unresolved: 'لم يُحدَّد',
};

const glossed = (name, glosses) => (glosses[name] ? `${name} — ${glosses[name]}` : String(name));

export function traceDetails(a) {
  const body = el('div', { class: 'trace-body' });
  const details = el('details', { class: 'trace' }, el('summary', {}, 'لماذا؟ أثر القاعدة'), body);
  details.addEventListener('click', (event) => event.stopPropagation());
  details.addEventListener('toggle', () => {
    if (!details.open || body.childElementCount > 0) return;
    body.append(a.rule && typeof a.rule === 'object'
      ? ruleList(a.rule)
      : el('p', { class: 'muted' }, 'لا يقدّم هذا الإصدار من المحرك أثر القاعدة.'));
    body.append(el('p', { class: 'muted' }, 'الأدلة في النص:'), evidence(a));
  });
  return details;
}

function ruleList(rule) {
  const rows = [];
  const known = new Set(['pattern', 'content', 'vetoes', 'resolution']);
  if (rule.pattern) rows.push(['البنية', glossed(rule.pattern, patternGlosses)]);
  if (rule.content) rows.push(['موضع المضمون', glossed(rule.content, contentGlosses)]);
  if (Array.isArray(rule.vetoes)) rows.push(['موانع فُحصت ولم تمنع', rule.vetoes.join('، ') || '—']);
  if (rule.resolution) rows.push(['تحديد المصدر', glossed(rule.resolution, resolutionGlosses)]);
  // Fields a later isnad/1 may add are shown as they come.
  for (const [name, value] of Object.entries(rule)) {
    if (!known.has(name)) rows.push([name, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
  return el('dl', { class: 'rule' }, ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}

function evidence(a) {
  const span = (part) => (part ? `${part.text} [${part.start}–${part.end}]` : '—');
  const rows = [
    ['فعل الإسناد', `${span(a.cue)}${a.cue?.lemma ? ` ← ${a.cue.lemma}` : ''}`],
    ['المصدر كما ورد', span(a.source)],
    ['أُحيل إلى', a.source?.resolved ? span(a.source.resolved) : '—'],
    ['الجهة التابع لها', a.source?.affiliation ?? '—'],
    ['المضمون', span(a.content)],
    ['السلسلة', (a.chain ?? []).map((r) => `${r.text} (${kindLabels[r.kind] ?? r.kind ?? '؟'})`).join(' ← ') || 'مباشر، بلا ناقل'],
    ['داخل اقتباس', a.nested_in ? statementLabel(a.nested_in) : '—'],
  ];
  return el('dl', { class: 'evidence' }, ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}
