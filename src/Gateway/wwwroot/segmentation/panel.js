import { all, api, q } from './api.js';
import { badge, el } from './format.js';
import { expectedVsActual } from './chart.js';
import { clientCompliance, state } from './clients.js';
import { refreshClients } from './rows.js';
import { segmentPill } from './cards.js';
import { deadlineText } from './deadline.js';
import { errorBox, loading } from './errors.js';
import { isAbort, latest } from './latest.js';
import { eventsTable } from './events.js';
import { forecastView } from './forecast.js';
import { clientTrend } from './trends.js';
import { openSchedule } from './schedule.js';

// The event panel of one client: compliance per event type, forecast, events. Full screen on a phone;
// Escape or × closes it and focus goes back to what opened it.
const $ = (id) => document.getElementById(id);
const nextLoad = latest();
export const panelState = { client: null, opener: null, onClose: null };

export async function openPanel(name, opener) {
  const wasOpen = !$('panel').hidden;
  panelState.client = name;
  if (opener) panelState.opener = opener;
  $('panel').hidden = false;
  if (!wasOpen) $('panel-close').focus();
  await loadPanel(name);
}

/** Loads the panel; quiet (a refresh) keeps the current content on screen until the new arrives. */
async function loadPanel(name, { quiet = false } = {}) {
  const signal = nextLoad();
  const body = $('panel-body');
  if (!quiet) body.replaceChildren(el('h2', { id: 'panel-title' }, name), loading());
  try {
    const [compliance, forecast, events] = await Promise.all([
      clientCompliance(name, signal),
      api(`/api/compliance/${q(name)}/forecast?year=${state.year}`, { signal }),
      // The assessment window (Jan 1 through the client's deadline, SPEC §5): the events the figures count.
      all(`/api/events?clientName=${q(name)}&year=${state.year}&window=assessment`, 'events', { signal }),
    ]);
    if (signal.aborted) return;
    const schedule = (mode) => openSchedule(mode, compliance, forecast, refreshPanel);
    body.replaceChildren(
      header(compliance),
      el('div', { class: 'actions-row' },
        el('button', { type: 'button', id: 'schedule-open', onclick: () => schedule('schedule') }, 'Schedule Event'),
        el('button', { type: 'button', id: 'log-open', class: 'secondary', onclick: () => schedule('log') }, 'Log completed event'),
        el('a', { id: 'export-events', class: 'button-link', download: '',
          href: `/api/events/export?clientName=${q(name)}&year=${state.year}` }, 'Export events CSV'),
        el('a', { id: 'export-events-xlsx', class: 'button-link', download: '',
          href: `/api/events/export?clientName=${q(name)}&year=${state.year}&format=xlsx` }, 'Excel')),
      el('div', { id: 'panel-status', role: 'status' }),
      el('h3', { class: 'section-title', id: 'events-window' }, `Events ${state.year}-01-01 – ${compliance.deadline}`),
      eventsTable(events, compliance),
      el('h3', { class: 'section-title' }, 'Event types'),
      scroll(typesTable(compliance.eventTypes), 'Event types'),
      expectedVsActual(compliance.eventTypes, { title: 'Expected vs actual' }),
      el('h3', { class: 'section-title' }, 'Forecast'),
      forecastView(forecast),
      // Two more calls, made only when asked for: opening the panel stays within its budget of calls.
      el('details', { id: 'client-trend-details', ontoggle: (e) => {
        if (e.currentTarget.open && !e.currentTarget.dataset.loaded) {
          e.currentTarget.dataset.loaded = '1';
          e.currentTarget.append(clientTrend(name, signal));
        }
      } }, el('summary', {}, 'Trend and saved forecasts')));
  } catch (error) {
    if (isAbort(error) || signal.aborted) return;
    body.replaceChildren(el('h2', { id: 'panel-title' }, name), errorBox(error, () => loadPanel(name)));
  }
}

export function closePanel({ restoreFocus = true } = {}) {
  if ($('panel').hidden) return;
  nextLoad();
  $('panel').hidden = true;
  const name = panelState.client;
  panelState.client = null;
  panelState.onClose?.();
  if (!restoreFocus) return;
  const target = panelState.opener?.isConnected ? panelState.opener
    : document.querySelector(`[data-client="${CSS.escape(name ?? '')}"] button, .client-card[data-client="${CSS.escape(name ?? '')}"]`);
  target?.focus();
}

/** After a write: the panel and the portfolio both show the new figures (the written client's row is
 * refetched; a live push covers any other client a change was about). */
export const refreshPanel = () => refreshPanelFor([panelState.client]);

export async function refreshPanelFor(names) {
  const name = panelState.client;
  await Promise.all([refreshClients(names), name ? loadPanel(name, { quiet: true }) : null]);
}

export const scroll = (table, label) => el('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': label }, table);

function header(c) {
  return el('div', { id: 'panel-header' },
    el('h2', { id: 'panel-title' }, c.clientName),
    el('p', {}, segmentPill(c.segment), ' · ', c.cse),
    el('p', {}, el('span', { class: 'score', id: 'panel-score' }, `${c.overallScore}%`), ' ', badge(c.overallStatus),
      ' · ', el('span', { id: 'panel-deadline' }, deadlineText(c)), ' ',
      c.hasSegmentChanged ? el('span', { class: 'badge extended' }, 'extended') : ''));
}

function typesTable(rows) {
  return el('table', { class: 'table', id: 'event-types' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Event type'), el('th', { class: 'num' }, 'Expected'),
      el('th', { class: 'num' }, 'Actual'), el('th', { class: 'num' }, '%'), el('th', {}, 'Status'), el('th', {}, 'Priority'))),
    el('tbody', {}, rows.map((r) => el('tr', { 'data-code': r.eventCode },
      el('td', {}, r.eventName), el('td', { class: 'num' }, r.expected), el('td', { class: 'num actual' }, r.actual),
      el('td', { class: `num pct ${r.status}` }, `${r.percentage}%`), el('td', {}, badge(r.status)), el('td', {}, r.priorityLevel)))));
}
