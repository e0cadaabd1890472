import { loadClients, renderClients, state } from './clients.js';
import { closePanel, openPanel, panelState } from './panel.js';
import { current, showLayout, showView } from './views.js';
import { readUrl, writeUrl } from './url.js';
import { thisYear } from './format.js';

// The page's state and the address bar kept in step both ways: pushState on each change, and
// applyUrl on first load and on back/forward. Defaults are left out of the URL.
const $ = (id) => document.getElementById(id);
// A filter whose options have not arrived yet keeps its wanted value (clients.js fills it in).
const wanted = (id) => $(id).value || $(id).dataset.wanted || '';

export function syncUrl({ replace = false } = {}) {
  writeUrl({
    year: state.year === thisYear() ? '' : state.year, view: current.view === 'clients' ? '' : current.view,
    layout: state.layout === 'cards' ? '' : state.layout, cse: wanted('filter-cse'), segment: wanted('filter-segment'),
    status: $('filter-status').value, search: $('search').value.trim(), sort: state.sort === 'clientName' ? '' : state.sort,
    dir: state.dir === 'asc' ? '' : state.dir, per: state.per === 50 ? '' : state.per, page: state.page > 1 ? state.page : '',
    client: panelState.client ?? '',
  }, { replace });
}

export function applyUrl() {
  const u = readUrl();
  const year = Number(u.year) || thisYear();
  const yearChanged = year !== state.year || !state.clients.length;
  state.year = year;
  $('year').value = String(year);
  for (const [id, value] of [['filter-cse', u.cse], ['filter-segment', u.segment]]) {
    $(id).value = value;
    if ($(id).value !== value) $(id).dataset.wanted = value;
  }
  $('filter-status').value = u.status;
  $('search').value = u.search;
  Object.assign(state, { layout: u.layout === 'table' ? 'table' : 'cards', sort: u.sort || 'clientName',
    dir: u.dir === 'desc' ? 'desc' : 'asc', per: Number(u.per) || 50, page: Number(u.page) || 1 });
  $('per-page').value = String(state.per);
  showLayout();
  showView(u.view);
  if (yearChanged) loadClients(); else renderClients();
  if (u.client && u.client !== panelState.client) openPanel(u.client);
  if (!u.client) closePanel({ restoreFocus: false });
}
