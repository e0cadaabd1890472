import { ApiError, write } from './api.js';
import { newAction } from './actions.js';

// Writes that record what happened. A completed event is logged in one call (schedule with
// completed: true); a gateway that does not know that field yet (400 naming it) gets schedule, then
// complete. Every step keeps its requestId (the caller's action) across retries.
let oneCallLogging = true;
const unknownField = (error, field) => error instanceof ApiError && error.status === 400
  && (error.errors[field] || []).some((m) => m.includes('not part of the request'));

async function schedule(action, body, completedDate) {
  if (completedDate && oneCallLogging) {
    const logged = { ...body, completed: true, completedDate };
    try {
      return await write('/api/events/schedule', { body: logged, requestId: action.id('schedule', logged) });
    } catch (error) {
      if (!unknownField(error, 'completed')) throw error;
      oneCallLogging = false;
    }
  }
  return write('/api/events/schedule', { body, requestId: action.id('schedule', body) });
}

export async function recordEvent(action, body, completedDate) {
  const created = await schedule(action, body, completedDate);
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
