import { all, api, q } from './api.js';
import { badge, el } from './format.js';
import { statusBars } from './chart.js';

// The client cards: one per client of the year, filtered on the page.
export const state = { year: new Date().getFullYear(), clients: [], segments: [] };

export async function loadClients() {
  const [segments, clients] = await Promise.all([
    state.segments.length ? state.segments : api('/api/segments'),
    all(`/api/compliance?year=${state.year}`, 'clients'),
  ]);
  state.segments = segments;
  state.clients = clients;
  fillFilterOptions();
  renderCards();
}

export const segmentColor = (name) => state.segments.find((s) => s.name === name)?.color || '#6b7280';

function fillFilterOptions() {
  const fill = (select, values) => {
    const current = select.value;
    select.replaceChildren(el('option', { value: '' }, 'All'), ...values.map((v) => el('option', { value: v }, v)));
    select.value = values.includes(current) ? current : '';
  };
  fill(document.getElementById('filter-cse'), [...new Set(state.clients.map((c) => c.cse))].sort());
  fill(document.getElementById('filter-segment'), state.segments.map((s) => s.name));
}

export function renderCards(onOpen = renderCards.onOpen) {
  renderCards.onOpen = onOpen;
  const cse = document.getElementById('filter-cse').value;
  const segment = document.getElementById('filter-segment').value;
  const status = document.getElementById('filter-status').value;
  const search = document.getElementById('search').value.trim().toLowerCase();
  const shown = state.clients.filter((c) => (!cse || c.cse === cse) && (!segment || c.segment === segment)
    && (!status || c.overallStatus === status) && (!search || c.clientName.toLowerCase().includes(search)));
  document.getElementById('clients-empty').hidden = shown.length > 0;
  document.getElementById('portfolio-chart').replaceChildren(statusBars(shown));
  document.getElementById('cards').replaceChildren(...shown.map((c) => card(c, onOpen)));
}

function card(c, onOpen) {
  return el('button', { class: 'client-card', style: `--seg:${segmentColor(c.segment)}`, 'data-client': c.clientName,
    onclick: () => onOpen?.(c.clientName) },
    el('h3', {}, c.clientName),
    el('div', { class: 'meta' },
      el('span', { class: 'seg-pill', style: `background:${segmentColor(c.segment)}` }, c.segment), ' · ', c.cse),
    el('div', {}, el('span', { class: 'score' }, `${c.overallScore}%`), ' ', badge(c.overallStatus)),
    el('div', { class: 'meta' }, `${c.compliantEventTypes}/${c.totalEventTypes} event types compliant`),
    el('div', { class: 'meta' }, `Deadline ${c.deadline} `, c.hasSegmentChanged ? el('span', { class: 'badge extended' }, 'extended') : ''));
}

export const clientCompliance = (name) => api(`/api/compliance/${q(name)}?year=${state.year}`);
