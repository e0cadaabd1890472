import { all, api, q, write } from './api.js';
import { badge, el } from './format.js';
import { expectedVsActual } from './chart.js';
import { clientCompliance, loadClients, segmentColor, state } from './clients.js';
import { openSchedule } from './schedule.js';

// The event panel of one client: compliance per event type, forecast, events.
export async function openPanel(name) {
  const panel = document.getElementById('panel');
  const body = document.getElementById('panel-body');
  panel.hidden = false;
  body.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  const [compliance, forecast, events] = await Promise.all([
    clientCompliance(name),
    api(`/api/compliance/${q(name)}/forecast?year=${state.year}`),
    // The assessment window (Jan 1 through the client's deadline, SPEC §5): the events the figures count.
    all(`/api/events?clientName=${q(name)}&year=${state.year}&window=assessment`, 'events'),
  ]);
  body.replaceChildren(
    header(compliance),
    el('button', { id: 'schedule-open', onclick: () => openSchedule(compliance, forecast, () => refresh(name)) }, 'Schedule Event'),
    el('h3', { class: 'section-title' }, 'Event types'),
    typesTable(compliance.eventTypes),
    expectedVsActual(compliance.eventTypes, { title: 'Expected vs actual' }),
    el('h3', { class: 'section-title' }, 'Forecast'),
    forecastView(forecast),
    el('h3', { class: 'section-title', id: 'events-window' }, `Events ${state.year}-01-01 – ${compliance.deadline}`),
    eventsTable(events, name));
}

async function refresh(name) {
  await loadClients();
  await openPanel(name);
}

function header(c) {
  return el('div', { id: 'panel-header' },
    el('h2', {}, c.clientName),
    el('p', {}, el('span', { class: 'seg-pill', style: `background:${segmentColor(c.segment)}` }, c.segment), ' · ', c.cse),
    el('p', {}, el('span', { class: 'score', id: 'panel-score' }, `${c.overallScore}%`), ' ', badge(c.overallStatus),
      ` · deadline ${c.deadline} `, c.hasSegmentChanged ? el('span', { class: 'badge extended' }, 'extended') : '',
      ` · ${c.monthsToDeadline} month(s) left`));
}

function typesTable(rows) {
  return el('table', { class: 'table', id: 'event-types' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Event type'), el('th', { class: 'num' }, 'Expected'),
      el('th', { class: 'num' }, 'Actual'), el('th', { class: 'num' }, '%'), el('th', {}, 'Status'), el('th', {}, 'Priority'))),
    el('tbody', {}, rows.map((r) => el('tr', { 'data-code': r.eventCode },
      el('td', {}, r.eventName), el('td', { class: 'num' }, r.expected), el('td', { class: 'num actual' }, r.actual),
      el('td', { class: `num pct ${r.status}` }, `${r.percentage}%`), el('td', {}, badge(r.status)), el('td', {}, r.priorityLevel)))));
}

function forecastView(f) {
  return el('div', { id: 'forecast' },
    el('div', { class: 'forecast' },
      kpi(`${f.predictedYearEndScore}%`, 'Predicted year-end'),
      kpi(f.riskLevel, `Risk (${f.riskScore})`),
      kpi(f.confidenceScore, 'Confidence')),
    f.riskFactors.length ? el('ul', { class: 'risk-factors' }, f.riskFactors.map((r) => el('li', {}, r))) : '',
    el('ul', { class: 'actions' }, f.recommendedActions.map((a) => el('li', {}, a))));
}

const kpi = (value, label) => el('div', { class: 'kpi' }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));

function eventsTable(events, name) {
  if (!events.length) return el('p', { class: 'muted' }, 'No events in this assessment window.');
  const act = (label, fn) => el('button', { class: 'small secondary', onclick: async () => { await fn(); await refresh(name); } }, label);
  return el('table', { class: 'table', id: 'events' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Event'), el('th', {}, 'State'), el('th', {}))),
    el('tbody', {}, events.sort((a, b) => a.eventDate.localeCompare(b.eventDate)).map((e) => el('tr', { 'data-event': e.id },
      el('td', {}, e.eventDate), el('td', {}, e.eventName),
      el('td', {}, e.completed ? `Completed ${e.completedDate || ''}` : 'Scheduled'),
      el('td', {}, e.completed ? '' : act('Complete', () => write(`/api/events/${e.id}/complete`, { body: {} })),
        ' ', act('Delete', () => write(`/api/events/${e.id}`, { method: 'DELETE' })))))));
}
