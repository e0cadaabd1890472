import { ApiError, write } from './api.js';
import { el, today } from './format.js';

// The Schedule Event modal: suggested dates from the forecast, API validation errors next to fields.
const dialog = () => document.getElementById('schedule-dialog');
const form = () => document.getElementById('schedule-form');
let onScheduled = null;
let client = null;

export function openSchedule(compliance, forecast, done) {
  client = compliance.clientName;
  onScheduled = done;
  const f = form();
  f.reset();
  clearErrors();
  document.getElementById('schedule-client').textContent = `${compliance.clientName} · deadline ${compliance.deadline}`;
  f.eventCode.replaceChildren(...compliance.eventTypes.map((t) => el('option', { value: t.eventCode }, t.eventName)));
  f.eventDate.min = today();
  f.eventDate.max = compliance.deadline;
  const chips = forecast.suggestedEvents.map((s) => el('button', { type: 'button', class: 'chip',
    onclick: () => { f.eventCode.value = s.eventCode; f.eventDate.value = s.suggestedDate; } },
    `${s.eventCode} ${s.suggestedDate}`));
  document.getElementById('suggested-dates').replaceChildren(...chips);
  dialog().showModal();
}

function clearErrors() {
  for (const p of form().querySelectorAll('.error')) p.textContent = '';
}

export function wireSchedule() {
  document.getElementById('schedule-cancel').addEventListener('click', () => dialog().close());
  form().addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const f = form();
    const body = {
      clientName: client, eventCode: f.eventCode.value, eventDate: f.eventDate.value,
      notes: f.notes.value || undefined, meetingLink: f.meetingLink.value || undefined,
      attendees: f.attendees.value ? f.attendees.value.split(',').map((a) => a.trim()).filter(Boolean) : undefined,
      location: f.location.value || undefined,
    };
    try {
      // Submitting the same form again after an error reuses the requestId (api.js write).
      await write('/api/events/schedule', { body });
      dialog().close();
      await onScheduled?.();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = Object.entries(error.errors);
      if (!fields.length) f.querySelector('[data-field="request"]').textContent = error.message;
      for (const [field, messages] of fields) {
        const target = f.querySelector(`[data-field="${field.replace(/\[\d+\]$/, '')}"]`) || f.querySelector('[data-field="request"]');
        target.textContent = messages.join(' ');
      }
    }
  });
}
