import { badge, el } from './format.js';
import { renderClients, state } from './clients.js';
import { segmentPill } from './cards.js';

// The portfolio as a table beside the cards: one row per client, sortable by any column.
const COLUMNS = [
  ['clientName', 'Client'], ['segment', 'Segment'], ['cse', 'CSE'], ['overallScore', 'Score', 'num'],
  ['overallStatus', 'Status'], ['compliantEventTypes', 'Types compliant', 'num'], ['deadline', 'Deadline'],
];

export function renderTable(clients) {
  const head = el('tr', {}, COLUMNS.map(([key, label, cls]) => {
    const sorted = state.sort === key;
    return el('th', { class: cls, scope: 'col', 'aria-sort': sorted ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none' },
      el('button', { type: 'button', class: 'sort', 'data-sort': key, onclick: () => sortBy(key) },
        label, sorted ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ''));
  }));
  const rows = clients.map((c) => el('tr', { 'data-client': c.clientName },
    el('td', {}, el('button', { type: 'button', class: 'link-button', onclick: (e) => state.onOpen?.(c.clientName, e.currentTarget) }, c.clientName)),
    el('td', {}, segmentPill(c.segment)), el('td', {}, c.cse), el('td', { class: 'num score-cell' }, `${c.overallScore}%`),
    el('td', {}, badge(c.overallStatus)), el('td', { class: 'num' }, `${c.compliantEventTypes}/${c.totalEventTypes}`),
    el('td', {}, c.deadline)));
  document.getElementById('clients-table').replaceChildren(
    el('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': 'Clients table' },
      el('table', { class: 'table', id: 'portfolio-table' }, el('thead', {}, head), el('tbody', {}, rows))));
}

function sortBy(key) {
  state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
  state.sort = key;
  state.page = 1;
  state.onChange?.();
  renderClients();
  document.querySelector(`#portfolio-table button[data-sort="${key}"]`)?.focus();
}
