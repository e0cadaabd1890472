import { el, today } from './format.js';
import { errorBox } from './errors.js';
import { confirmAction } from './confirm.js';
import { toast } from './toast.js';
import { completeEvent, deleteEvent, recreate, reopenEvent } from './records.js';
import { openEdit } from './schedule.js';
import { refreshPanel, scroll } from './panel.js';

// A client's events in the panel, open ones first (soonest first), then completed ones (latest first),
// each with complete or reopen, edit and delete. Writes show their error with Retry; complete and delete
// can be undone from the message that follows.
export function eventsTable(events, compliance) {
  if (!events.length) return el('p', { class: 'muted' }, 'No events in this assessment window.');
  const open = events.filter((e) => !e.completed).sort((a, b) => a.eventDate.localeCompare(b.eventDate));
  const done = events.filter((e) => e.completed).sort((a, b) => b.eventDate.localeCompare(a.eventDate));
  return scroll(el('table', { class: 'table', id: 'events' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Event'), el('th', {}, 'State'), el('th', {}, 'Actions'))),
    el('tbody', {}, [...open, ...done].map((e) => row(e, compliance)))), 'Events');
}

function row(e, compliance) {
  const state = e.completed ? `Completed ${e.completedDate || ''}` : e.eventDate < today() ? 'Overdue' : 'Scheduled';
  return el('tr', { 'data-event': e.id },
    el('td', {}, e.eventDate), el('td', {}, e.eventName), el('td', { class: 'state' }, state),
    el('td', { class: 'row-actions' },
      e.completed
        ? act('Reopen', `Reopen ${e.eventName} on ${e.eventDate}`, () => run(() => reopenEvent(e), 'Reopened.'))
        : act('Complete', `Complete ${e.eventName} on ${e.eventDate}`, () => run(() => completeEvent(e), `Completed ${e.eventName}.`,
          () => run(() => reopenEvent(e), 'Completion undone.'))),
      act('Edit', `Edit or reschedule ${e.eventName} on ${e.eventDate}`, () => openEdit(e, compliance, refreshPanel)),
      act('Delete', `Delete ${e.eventName} on ${e.eventDate}`, async () => {
        if (!await confirmAction(`Delete ${e.eventName} on ${e.eventDate} for ${e.clientName}?${e.completed ? ' It is completed: it counts towards compliance.' : ''}`, 'Delete')) return;
        await run(() => deleteEvent(e), `Deleted ${e.eventName} on ${e.eventDate}.`, () => run(() => recreate(e), 'Event restored.'));
      })));
}

const act = (label, name, onclick) => el('button', { type: 'button', class: 'small secondary', 'aria-label': name, 'data-action': label.toLowerCase(), onclick }, label);

/** One write from the panel: its error stays on screen with Retry (same requestId); success refreshes. */
export async function run(fn, done, undo) {
  const status = () => document.getElementById('panel-status');
  status()?.replaceChildren();
  try {
    await fn();
  } catch (error) {
    status()?.replaceChildren(errorBox(error, () => run(fn, done, undo)));
    return false;
  }
  toast(done, undo);
  await refreshPanel();
  return true;
}
