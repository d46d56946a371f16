// The page: paste or upload an article, analyse it, and show who said what through whom.
import { AnalysisError, analyze } from './api.js';
import { initCorpus } from './corpus.js';
import { download, toBratAnn, toCsv, toJson } from './exports.js';
import { arabicNumber } from './labels.js';
import { sampleArticle } from './sample.js';
import { sourceKey } from './sources.js';
import { focusStatement, selectSource } from './selection.js';
import { renderStatements } from './statements.js';
import { renderText } from './textView.js';

const $ = (id) => document.getElementById(id);
const input = $('article-input');
const outletInput = $('outlet-input');
const dateInput = $('date-input');
const fileInput = $('file-input');
const analyzeButton = $('analyze');
const status = $('status');
const result = $('result');
const textView = $('text-view');
const statementList = $('statements');

let current = null;
let pending = null;
let uploadedHtml = null;

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

async function run() {
  const text = input.value;
  if (!text.trim() && uploadedHtml === null) {
    setStatus('الصق نص مقال أولاً، أو ارفع ملفاً.', true);
    return;
  }
  // A new request replaces the one in flight; the server stops analysing when its client goes away.
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  analyzeButton.disabled = true;
  setStatus('جارٍ التحليل…');
  try {
    const request = uploadedHtml !== null && text === uploadedHtml.extractedPlaceholder
      ? { html: uploadedHtml.html }
      : { text };
    const analysis = await analyze({ ...request, outlet: outletInput.value.trim(), date: dateInput.value }, controller.signal);
    if (request.html !== undefined) input.value = analysis.text;
    uploadedHtml = null;
    show(analysis);
    const count = analysis.attributions.length;
    setStatus(count === 0 ? 'لم يُعثر على أقوال منسوبة.' : `عُثر على ${arabicNumber(count)} من الأقوال المنسوبة.`);
  } catch (error) {
    if (error.name === 'AbortError') return;
    setStatus(error instanceof AnalysisError ? `تعذّر التحليل: ${error.message}` : `تعذّر الاتصال بالخادم: ${error.message}`, true);
  } finally {
    if (pending === controller) {
      pending = null;
      analyzeButton.disabled = false;
    }
  }
}

function show(analysis) {
  current = analysis;
  result.hidden = false;
  renderText(textView, analysis);
  $('statements-title').textContent = `الأقوال (${arabicNumber(analysis.attributions.length)})`;
  $('summary').textContent = summary(analysis.attributions);
  renderStatements(statementList, analysis, {
    onSelectSource: (key) => selectSource(textView, statementList, key),
    onFocusStatement: (id) => focusStatement(textView, statementList, id),
  });
}

/** One line a reader takes in at a glance: how many statements, speakers, relayed, anonymous. */
function summary(attributions) {
  const speakers = new Set(attributions.map(sourceKey)).size;
  const relayed = attributions.filter((a) => (a.chain ?? []).length > 0).length;
  const anonymous = attributions.filter((a) => a.source?.kind === 'anonymous').length;
  return [
    `الأقوال: ${arabicNumber(attributions.length)}`,
    `المصادر: ${arabicNumber(speakers)}`,
    `عبر ناقل: ${arabicNumber(relayed)}`,
    `من مصدر مجهول: ${arabicNumber(anonymous)}`,
  ].join(' · ');
}

textView.addEventListener('click', (event) => {
  const mark = event.target.closest('mark');
  if (!mark) return;
  const role = mark.dataset.role;
  if ((role === 'source' || role === 'mention' || role === 'entity') && mark.dataset.keys) {
    selectSource(textView, statementList, mark.dataset.keys.split('\u001f')[0]);
  } else if (mark.dataset.ids) {
    focusStatement(textView, statementList, mark.dataset.ids.split(' ')[0]);
  }
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const content = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    // The server extracts the article from the HTML; until then the box says which file will be sent.
    const placeholder = `[${file.name}]`;
    uploadedHtml = { html: content, extractedPlaceholder: placeholder };
    input.value = placeholder;
  } else {
    uploadedHtml = null;
    input.value = content;
  }
  fileInput.value = '';
  run();
});

analyzeButton.addEventListener('click', run);
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run();
});
$('load-sample').addEventListener('click', () => {
  uploadedHtml = null;
  input.value = sampleArticle;
  run();
});

const baseName = () => (current?.meta?.id ? String(current.meta.id).replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) : 'article');
$('export-json').addEventListener('click', () => current && download(`${baseName()}.isnad.json`, toJson(current), 'application/json'));
$('export-csv').addEventListener('click', () => current && download(`${baseName()}.csv`, toCsv(current), 'text/csv;charset=utf-8'));
$('export-brat-ann').addEventListener('click', () => current && download(`${baseName()}.ann`, toBratAnn(current), 'text/plain;charset=utf-8'));
$('export-brat-txt').addEventListener('click', () => current && download(`${baseName()}.txt`, current.text, 'text/plain;charset=utf-8'));

// A stored article opens in the analysis view, as if it had just been analysed.
initCorpus({
  openAnalysis: (analysis) => {
    uploadedHtml = null;
    input.value = analysis.text;
    outletInput.value = analysis.meta?.outlet ?? '';
    dateInput.value = analysis.meta?.date ?? '';
    show(analysis);
    setStatus(`مقال من المدونة: ${arabicNumber(analysis.attributions.length)} من الأقوال المنسوبة.`);
  },
});
