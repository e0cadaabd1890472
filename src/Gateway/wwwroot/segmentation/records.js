import { write } from './api.js';
import { newAction } from './actions.js';

// Writes that record what happened. A completed event is logged in one call (schedule with
// completed: true); a gateway that answers with an open event instead is followed by complete, and both
// steps keep their requestIds (the caller's action) across retries.
export async function recordEvent(action, body, completedDate) {
  const scheduleBody = completedDate ? { ...body, completed: true, completedDate } : body;
  const created = await write('/api/events/schedule', { body: scheduleBody, requestId: action.id('schedule', scheduleBody) });
  if (!completedDate || created.completed) return created;
  const completeBody = { completedDate };
  return write(`/api/events/${created.id}/complete`, { body: completeBody, requestId: action.id(`complete ${created.id}`, completeBody) });
}

/** Undo of a delete: the same event again (completed again if it was). */
export function recreate(event) {
  const body = {
    clientName: event.clientName, eventCode: event.eventCode, eventDate: event.eventDate,
    notes: event.notes || undefined, meetingLink: event.meetingLink || undefined,
    attendees: event.attendees?.length ? event.attendees : undefined, location: event.location || undefined,
  };
  return recordEvent(newAction(), body, event.completed ? (event.completedDate || event.eventDate) : undefined);
}

export const completeEvent = (e) => write(`/api/events/${e.id}/complete`, { body: {} });
export const reopenEvent = (e) => write(`/api/events/${e.id}/reopen`);
export const deleteEvent = (e) => write(`/api/events/${e.id}`, { method: 'DELETE' });
