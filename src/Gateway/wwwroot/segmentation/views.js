import { state } from './clients.js';
import { loadWorkload } from './workload.js';
import { loadAgenda } from './agenda.js';
import { loadTrends } from './trends.js';

// The views behind the tabs; each loads what it shows when it is opened.
const loaders = { clients: () => null, agenda: loadAgenda, trends: loadTrends, workload: loadWorkload, import: () => null };
export const current = { view: 'clients' };
const $ = (id) => document.getElementById(id);

export function showView(name) {
  current.view = loaders[name] ? name : 'clients';
  for (const tab of document.querySelectorAll('.tab')) {
    tab.classList.toggle('active', tab.dataset.view === current.view);
    tab.setAttribute('aria-pressed', String(tab.dataset.view === current.view));
  }
  for (const key of Object.keys(loaders)) $(`view-${key}`).hidden = key !== current.view;
  // The filters a view uses stay visible with it (the CSE and segment filters also scope the trends).
  for (const label of document.querySelectorAll('.clients-only')) label.hidden = !(label.dataset.views || 'clients').split(' ').includes(current.view);
  loaders[current.view]();
}

/** The year changed: the open view reloads (the clients view is reloaded by its caller). */
export function reloadView() {
  if (current.view !== 'clients') loaders[current.view]();
}

/** Something changed elsewhere (live push): the open view refetches, quietly where it can. */
export function refreshView() {
  if (['agenda', 'trends', 'workload'].includes(current.view)) loaders[current.view]();
}

export function showLayout() {
  for (const b of document.querySelectorAll('[data-layout]')) b.setAttribute('aria-pressed', String(b.dataset.layout === state.layout));
}
