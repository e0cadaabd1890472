import { all, api, q } from './api.js';
import { el } from './format.js';
import { errorBox, loading } from './errors.js';
import { isAbort, latest } from './latest.js';
import { statusBars } from './chart.js';
import { renderCards } from './cards.js';
import { renderTable } from './table.js';
import { pager } from './pager.js';
import { cancelRowRefresh } from './rows.js';

// The portfolio of the year: loaded page by page (first paint after the first page), filtered, sorted
// and shown a page at a time as cards or as a table.
export const state = {
  year: new Date().getFullYear(), clients: [], segments: [], loaded: false, fullLoad: null,
  layout: 'cards', sort: 'clientName', dir: 'asc', per: 50, page: 1, onOpen: null, onChange: null,
};
const nextLoad = latest();
const $ = (id) => document.getElementById(id);

/** Loads the year's clients; quiet (after a write) keeps the current ones on screen until the new arrive. */
export async function loadClients({ quiet = false } = {}) {
  const signal = nextLoad();
  cancelRowRefresh(); // superseded by the whole list
  state.fullLoad = signal;
  const year = state.year;
  $('clients-title').textContent = `Clients ${year}`;
  if (!quiet) {
    state.clients = [];
    state.loaded = false;
    $('clients-status').replaceChildren(loading('Loading clients…'));
    $('cards').replaceChildren();
    $('clients-table').replaceChildren();
  }
  try {
    if (!state.segments.length) state.segments = await api('/api/segments', { signal });
    const show = (items) => { if (!signal.aborted) { state.clients = items; renderClients(); } };
    const clients = await all(`/api/compliance?year=${year}`, 'clients', { signal, onPage: quiet ? undefined : (items) => show([...items]) });
    if (signal.aborted) return;
    state.clients = clients;
    state.loaded = true;
    $('clients-status').replaceChildren();
    fillFilterOptions();
    renderClients();
  } catch (error) {
    if (isAbort(error) || signal.aborted) return;
    $('clients-status').replaceChildren(errorBox(error, () => loadClients()));
  } finally {
    if (state.fullLoad === signal) state.fullLoad = null;
  }
}

export const segmentColor = (name) => state.segments.find((s) => s.name === name)?.color || '#6b7280';

function fillFilterOptions() {
  const fill = (select, values) => {
    const wanted = select.dataset.wanted ?? select.value;
    select.replaceChildren(el('option', { value: '' }, 'All'), ...values.map((v) => el('option', { value: v }, v)));
    select.value = values.includes(wanted) ? wanted : '';
    delete select.dataset.wanted;
  };
  fill($('filter-cse'), [...new Set(state.clients.map((c) => c.cse))].sort());
  fill($('filter-segment'), state.segments.map((s) => s.name));
}

/** The clients the filters let through, in the chosen order. */
export function shownClients() {
  const cse = $('filter-cse').value || $('filter-cse').dataset.wanted || '';
  const segment = $('filter-segment').value || $('filter-segment').dataset.wanted || '';
  const status = $('filter-status').value;
  const search = $('search').value.trim().toLowerCase();
  return sortClients(state.clients.filter((c) => (!cse || c.cse === cse) && (!segment || c.segment === segment)
    && (!status || c.overallStatus === status) && (!search || c.clientName.toLowerCase().includes(search))));
}

const STATUS_ORDER = { critical: 0, 'at-risk': 1, compliant: 2, exceeded: 3 };

function sortClients(rows) {
  const key = state.sort;
  const value = (c) => (key === 'overallStatus' ? STATUS_ORDER[c.overallStatus] ?? 9 : c[key]);
  const sign = state.dir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a), y = value(b);
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * (order || a.clientName.localeCompare(b.clientName));
  });
}

export function renderClients() {
  const shown = shownClients();
  const pages = Math.max(1, Math.ceil(shown.length / state.per));
  state.page = Math.min(Math.max(1, state.page), pages);
  const slice = shown.slice((state.page - 1) * state.per, state.page * state.per);
  $('clients-empty').hidden = shown.length > 0 || !state.loaded;
  $('portfolio-chart').replaceChildren(statusBars(shown, state.year));
  $('cards').hidden = state.layout !== 'cards';
  $('clients-table').hidden = state.layout !== 'table';
  if (state.layout === 'cards') renderCards(slice); else renderTable(slice);
  // When the first clients were on screen (the figure the README's timing notes quote).
  if (slice.length && !performance.getEntriesByName('clients-shown').length) performance.mark('clients-shown');
  $('export-clients').href = exportHref();
  $('export-clients-xlsx').href = exportHref('xlsx');
  $('pager').replaceChildren(...pager(state.page, pages, shown.length, (page) => { state.page = page; state.onChange?.(); renderClients(); }));
}

/** The export carries the same filters as the screen (the route filters by CSE, segment, status and name search). */
function exportHref(format) {
  const params = new URLSearchParams({ year: state.year });
  for (const [key, id] of [['cse', 'filter-cse'], ['segment', 'filter-segment'], ['status', 'filter-status']]) {
    if ($(id).value) params.set(key, $(id).value);
  }
  if ($('search').value.trim()) params.set('search', $('search').value.trim());
  if (format) params.set('format', format);
  return `/api/compliance/export?${params}`;
}

export const clientCompliance = (name, signal) => api(`/api/compliance/${q(name)}?year=${state.year}`, { signal });
