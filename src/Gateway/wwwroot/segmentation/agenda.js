import { api, auth, q, write } from './api.js';
import { el } from './format.js';
import { errorBox, loading } from './errors.js';
import { isAbort, latest } from './latest.js';
import { state } from './clients.js';
import { toast } from './toast.js';
import { completeEvent, reopenEvent } from './records.js';
import { openEdit } from './schedule.js';
import { weekOf } from './weeks.js';

// The agenda: overdue events, then the next 30 days grouped by week, each one click from complete or
// reschedule; then the forecast's suggested dates not yet scheduled, one click from scheduling.
// A CSE sees their own; an admin chooses a CSE (or everyone).
const nextLoad = latest();
const $ = (id) => document.getElementById(id);

export async function loadAgenda() {
  const signal = nextLoad();
  const admin = auth.me?.role !== 'cse';
  $('agenda-cse-label').hidden = !admin;
  if (admin) fillCses();
  const cse = admin ? $('agenda-cse').value : '';
  $('agenda-status').replaceChildren(loading('Loading agenda…'));
  $('agenda-body').replaceChildren();
  try {
    const agenda = await api(`/api/agenda${cse ? `?cse=${q(cse)}` : ''}`, { signal });
    if (signal.aborted) return;
    $('agenda-status').replaceChildren();
    $('agenda-body').replaceChildren(...render(agenda));
  } catch (error) {
    if (isAbort(error) || signal.aborted) return;
    $('agenda-status').replaceChildren(errorBox(error, loadAgenda));
  }
}

function fillCses() {
  const select = $('agenda-cse');
  const current = select.value;
  const names = [...new Set(state.clients.map((c) => c.cse))].sort();
  select.replaceChildren(el('option', { value: '' }, 'Everyone'), ...names.map((n) => el('option', { value: n }, n)));
  select.value = names.includes(current) ? current : '';
}

function render(agenda) {
  const weeks = new Map();
  for (const e of agenda.upcoming) {
    const week = weekOf(e.eventDate);
    if (!weeks.has(week)) weeks.set(week, []);
    weeks.get(week).push(e);
  }
  return [
    section('agenda-overdue', `Overdue (${agenda.overdue.length})`, agenda.overdue.map(eventRow), 'Nothing overdue.'),
    ...[...weeks].map(([week, events]) => section(`week-${week}`, `Week of ${week}`, events.map(eventRow))),
    weeks.size ? '' : el('p', { class: 'muted' }, 'Nothing scheduled in the next 30 days.'),
    section('agenda-suggested', `Suggested dates (${agenda.suggested.length})`, agenda.suggested.map(suggestedRow), 'No suggestions.'),
  ];
}

function section(id, title, rows, empty) {
  return el('section', { class: 'agenda-group', id, 'aria-label': title },
    el('h3', { class: 'section-title' }, title),
    rows.length ? el('ul', { class: 'agenda-list' }, rows) : el('p', { class: 'muted' }, empty));
}

const label = (e) => `${e.eventName} for ${e.clientName} on ${e.eventDate ?? e.suggestedDate}`;

function eventRow(e) {
  return el('li', { class: 'agenda-item', 'data-event': e.id },
    el('span', { class: 'when' }, e.eventDate), el('span', { class: 'what' }, el('strong', {}, e.clientName), ` · ${e.eventName}`),
    el('span', { class: 'row-actions' },
      el('button', { type: 'button', class: 'small', 'data-action': 'complete', 'aria-label': `Complete ${label(e)}`,
        onclick: () => act(() => completeEvent(e), `Completed ${e.eventName} for ${e.clientName}.`, () => act(() => reopenEvent(e), 'Completion undone.')) }, 'Complete'),
      el('button', { type: 'button', class: 'small secondary', 'data-action': 'reschedule', 'aria-label': `Reschedule ${label(e)}`,
        onclick: () => openEdit(e, { deadline: '', eventTypes: [e] }, loadAgenda) }, 'Reschedule')));
}

function suggestedRow(s) {
  const body = { clientName: s.clientName, eventCode: s.eventCode, eventDate: s.suggestedDate };
  return el('li', { class: 'agenda-item suggested', 'data-code': s.eventCode, 'data-date': s.suggestedDate },
    el('span', { class: 'when' }, s.suggestedDate), el('span', { class: 'what' }, el('strong', {}, s.clientName), ` · ${s.eventName}`,
      s.reason ? el('span', { class: 'muted' }, ` (${s.reason})`) : ''),
    el('span', { class: 'row-actions' }, el('button', { type: 'button', class: 'small', 'data-action': 'schedule', 'aria-label': `Schedule ${label(s)}`,
      onclick: () => act(() => write('/api/events/schedule', { body }), `Scheduled ${s.eventName} for ${s.clientName} on ${s.suggestedDate}.`) }, 'Schedule')));
}

async function act(fn, done, undo) {
  try {
    await fn();
  } catch (error) {
    $('agenda-status').replaceChildren(errorBox(error, () => act(fn, done, undo)));
    return;
  }
  toast(done, undo);
  await loadAgenda();
}

export function wireAgenda() {
  $('agenda-cse').addEventListener('change', loadAgenda);
}
