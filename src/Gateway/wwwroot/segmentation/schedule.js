import { ApiError, write } from './api.js';
import { el, today } from './format.js';
import { describe } from './errors.js';
import { newAction } from './actions.js';
import { recordEvent } from './records.js';

// The event dialog in three modes: schedule (today … deadline, suggested dates from the forecast), log a
// completed event (any date of the window up to today) and edit/reschedule an existing event (PATCH).
// API validation errors appear next to their fields; a retry reuses the action's requestIds.
const $ = (id) => document.getElementById(id);
const form = () => $('schedule-form');
const MODES = {
  schedule: { title: 'Schedule event', submit: 'Schedule' },
  log: { title: 'Log completed event', submit: 'Log as completed' },
  edit: { title: 'Edit or reschedule event', submit: 'Save changes' },
};
let current = null;

function open(mode, { client, deadline, types, event, done }) {
  current = { mode, client, event, done, action: newAction() };
  const f = form();
  f.reset();
  clearErrors();
  $('schedule-title').textContent = MODES[mode].title;
  $('schedule-submit').textContent = MODES[mode].submit;
  // From the agenda the client's deadline is not at hand: the window's end is then the server's to check.
  $('schedule-client').textContent = deadline ? `${client} · deadline ${deadline}` : client;
  f.eventCode.replaceChildren(...types.map((t) => el('option', { value: t.eventCode }, t.eventName)));
  f.eventCode.disabled = mode === 'edit';
  const year = (deadline || event?.eventDate || today()).slice(0, 4);
  f.eventDate.min = mode === 'schedule' ? today() : `${year}-01-01`;
  f.eventDate.max = mode === 'log' && (!deadline || today() < deadline) ? today() : deadline;
  if (mode === 'log') f.eventDate.value = f.eventDate.max;
  $('suggested-dates').replaceChildren();
  $('schedule-dialog').showModal();
}

export function openSchedule(mode, compliance, forecast, done) {
  open(mode, { client: compliance.clientName, deadline: compliance.deadline, types: compliance.eventTypes, done });
  if (mode !== 'schedule') return;
  const f = form();
  $('suggested-dates').replaceChildren(...forecast.suggestedEvents.map((s) => el('button', { type: 'button', class: 'chip',
    onclick: () => { f.eventCode.value = s.eventCode; f.eventDate.value = s.suggestedDate; } }, `${s.eventCode} ${s.suggestedDate}`)));
}

export function openEdit(event, compliance, done) {
  open('edit', { client: event.clientName, deadline: compliance.deadline, types: compliance.eventTypes, event, done });
  const f = form();
  f.eventCode.value = event.eventCode;
  f.eventDate.value = event.eventDate;
  f.notes.value = event.notes || '';
  f.meetingLink.value = event.meetingLink || '';
  f.attendees.value = (event.attendees || []).join(', ');
  f.location.value = event.location || '';
}

function clearErrors() {
  for (const p of form().querySelectorAll('.error')) p.textContent = '';
}

function fields(f) {
  return {
    eventDate: f.eventDate.value, notes: f.notes.value || undefined, meetingLink: f.meetingLink.value || undefined,
    attendees: f.attendees.value ? f.attendees.value.split(',').map((a) => a.trim()).filter(Boolean) : undefined,
    location: f.location.value || undefined,
  };
}

function submit({ mode, client, event, action }, f) {
  const values = fields(f);
  if (mode === 'edit') {
    // Every field is sent, so clearing one clears it on the event.
    const body = { ...values, notes: f.notes.value, meetingLink: f.meetingLink.value, location: f.location.value, attendees: values.attendees ?? [] };
    return write(`/api/events/${event.id}`, { method: 'PATCH', body, requestId: action.id('edit', body) });
  }
  const body = { clientName: client, eventCode: f.eventCode.value, ...values };
  return recordEvent(action, body, mode === 'log' ? values.eventDate : undefined);
}

export function wireSchedule() {
  $('schedule-cancel').addEventListener('click', () => $('schedule-dialog').close());
  form().addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors();
    const f = form();
    try {
      await submit(current, f);
      $('schedule-dialog').close();
      await current.done?.();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const errors = Object.entries(error.errors);
      if (!errors.length) f.querySelector('[data-field="request"]').textContent = describe(error);
      for (const [field, messages] of errors) {
        const target = f.querySelector(`[data-field="${field.replace(/\[\d+\]$/, '')}"]`) || f.querySelector('[data-field="request"]');
        target.textContent = messages.join(' ');
      }
    }
  });
}
