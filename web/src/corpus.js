// The corpus views: search and open stored articles, the most-quoted speakers, the anonymity share per outlet, the
// relay network and the provenance of a phrase. Every answer comes from the corpus endpoints; text goes in as text.
import { drawAnonymityChart } from './anonymityChart.js';
import { CorpusError, getCorpus } from './corpusApi.js';
import { el } from './dom.js';
import { arabicNumber, kindLabels } from './labels.js';
import { drawRelayGraph } from './relayGraph.js';

const $ = (id) => document.getElementById(id);

/** An outlet's name for display: stored articles without one are grouped under the empty name. */
const outletName = (name) => (name ? name : 'بلا وسيلة');

const percent = (share) => `${arabicNumber((Math.round(share * 1000) / 10).toString()).replace('.', '٫')}٪`;

/** Wires the tabs and the corpus views; openAnalysis shows a stored isnad/1 analysis in the analysis view. */
export function initCorpus({ openAnalysis }) {
  const status = $('corpus-status');
  const filters = () => ({ outlet: $('filter-outlet').value, from: $('filter-from').value, to: $('filter-to').value });
  let searchPage = 1;
  let currentView = 'analysis';

  function setStatus(message, isError = false) {
    status.textContent = message;
    status.classList.toggle('error', isError);
  }

  async function ask(work) {
    setStatus('جارٍ التحميل…');
    try {
      await work();
      setStatus('');
    } catch (error) {
      const message = error instanceof CorpusError && error.status === 404 && /no store/.test(error.message)
        ? 'لا توجد مدونة مخزّنة: شغّل الخادم مع ‎--db‎ أو حيث يوجد isnad.db.'
        : `تعذّر الطلب: ${error.message}`;
      setStatus(message, true);
    }
  }

  const views = {
    search: () => ask(async () => {
      const answer = await getCorpus('articles', { ...filters(), q: $('search-q').value, source: $('search-source').value, page: searchPage });
      renderArticles(answer);
    }),
    speakers: () => ask(async () => renderSpeakers(await getCorpus('sources', filters()))),
    anonymity: () => ask(async () => renderAnonymity(await getCorpus('anonymity', filters()))),
    relays: () => ask(async () => renderRelays(await getCorpus('relays', filters()))),
    provenance: () => {
      if (!$('provenance-phrase').value.trim()) {
        $('provenance-timeline').replaceChildren();
        setStatus('اكتب عبارة لتتبّع أصلها.');
        return Promise.resolve();
      }
      return ask(async () => renderProvenance(await getCorpus('provenance', { ...filters(), phrase: $('provenance-phrase').value })));
    },
  };

  function show(view) {
    currentView = view;
    for (const tab of document.querySelectorAll('.tabs .tab')) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    $('view-analysis').hidden = view !== 'analysis';
    $('view-corpus').hidden = view === 'analysis';
    for (const name of Object.keys(views)) $(`view-${name}`).hidden = name !== view;
    if (view !== 'analysis') return views[view]();
    return Promise.resolve();
  }

  async function openArticle(id) {
    await ask(async () => {
      const analysis = await getCorpus(`articles/${encodeURIComponent(id)}`);
      show('analysis');
      openAnalysis(analysis);
    });
  }

  function renderArticles(answer) {
    const pages = Math.max(1, Math.ceil(answer.total / answer.pageSize));
    $('search-summary').textContent = `عدد المقالات: ${arabicNumber(answer.total)} · الصفحة ${arabicNumber(answer.page)} من ${arabicNumber(pages)}`;
    $('article-list').replaceChildren(...answer.articles.map((article) => {
      const open = el('button', { type: 'button', class: 'article-open', 'data-id': article.id }, article.title || article.name);
      open.addEventListener('click', () => openArticle(article.id));
      return el('li', { class: 'article-item' },
        open,
        // The date in its own isolate, or the right-to-left line would reverse its parts.
        el('span', { class: 'article-meta' }, `${outletName(article.outlet)} · `, el('bdi', {}, article.date ?? 'بلا تاريخ'),
          ` · الأقوال: ${arabicNumber(article.attributions)}`));
    }));
    $('page-prev').disabled = answer.page <= 1;
    $('page-next').disabled = answer.page >= pages;
  }

  function renderSpeakers(rows) {
    $('speakers-body').replaceChildren(...rows.map((row) => {
      const name = el('button', { type: 'button', class: 'link speaker-name' }, row.speaker);
      name.addEventListener('click', () => {
        $('search-q').value = '';
        $('search-source').value = row.speaker;
        searchPage = 1;
        show('search');
      });
      return el('tr', {},
        el('td', {}, name),
        el('td', {}, kindLabels[row.kind] ?? row.kind),
        el('td', { class: 'number' }, arabicNumber(row.attributions)),
        el('td', {}, row.perOutlet.map((o) => `${outletName(o.outlet)}: ${arabicNumber(o.count)}`).join('، ')));
    }));
    $('speakers-empty').hidden = rows.length > 0;
  }

  function renderAnonymity(rows) {
    drawAnonymityChart($('anonymity-chart'), rows, outletName);
    $('anonymity-body').replaceChildren(...rows.map((row) => el('tr', {},
      el('td', {}, outletName(row.outlet)),
      el('td', { class: 'number' }, arabicNumber(row.attributions)),
      el('td', { class: 'number' }, arabicNumber(row.anonymous)),
      el('td', { class: 'number' }, percent(row.share)))));
  }

  function renderRelays(edges) {
    drawRelayGraph($('relay-graph'), edges, outletName);
    $('relays-body').replaceChildren(...edges.map((edge) => el('tr', {},
      el('td', {}, outletName(edge.from)),
      el('td', {}, edge.via === 'copy' ? 'ينسخ مقالاً من' : 'ينقل عن'),
      el('td', {}, edge.to),
      el('td', { class: 'number' }, arabicNumber(edge.count)))));
  }

  function renderProvenance(rows) {
    $('provenance-timeline').replaceChildren(...rows.map((row, i) => {
      const open = el('button', { type: 'button', class: 'link' }, 'افتح المقال');
      open.addEventListener('click', () => openArticle(row.articleId));
      const who = row.speaker ? (row.chain ? `${row.speaker} عبر ${row.chain}` : row.speaker) : 'بلا إسناد';
      return el('li', { class: i === 0 ? 'event first' : 'event' },
        el('time', { datetime: row.date ?? '', dir: 'ltr' }, row.date ?? 'بلا تاريخ'),
        el('span', { class: 'event-outlet' }, outletName(row.outlet)),
        el('q', { class: 'event-excerpt' }, row.excerpt),
        el('span', { class: 'event-who' }, who),
        open);
    }));
    if (rows.length === 0) setStatus('لم تُعثر على العبارة في المدونة.');
  }

  for (const tab of document.querySelectorAll('.tabs .tab')) tab.addEventListener('click', () => show(tab.dataset.view));
  $('corpus-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    searchPage = 1;
    if (currentView !== 'analysis') views[currentView]();
  });
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    searchPage = 1;
    views.search();
  });
  $('page-prev').addEventListener('click', () => { searchPage = Math.max(1, searchPage - 1); views.search(); });
  $('page-next').addEventListener('click', () => { searchPage += 1; views.search(); });
  $('provenance-form').addEventListener('submit', (event) => {
    event.preventDefault();
    views.provenance();
  });
}
