import { write } from './api.js';
import { errorBox } from './errors.js';

// The calendar feed dialog: create or rotate the user's secret iCalendar URL and copy it. Rotating
// makes the previous URL stop working (that is how a leaked URL is revoked); Revoke ends it without a new one.
const $ = (id) => document.getElementById(id);

async function create() {
  $('calendar-status').replaceChildren();
  try {
    const { url } = await write('/api/calendar/feed');
    $('calendar-url').value = new URL(url, location.origin).href;
    $('calendar-url-row').hidden = false;
    $('calendar-create').textContent = 'Rotate URL (the old one stops working)';
  } catch (error) {
    $('calendar-status').replaceChildren(errorBox(error, create));
  }
}

async function revoke() {
  $('calendar-status').replaceChildren();
  try {
    await write('/api/calendar/feed', { method: 'DELETE' });
    $('calendar-url').value = '';
    $('calendar-url-row').hidden = true;
    $('calendar-create').textContent = 'Create URL';
    $('calendar-status').textContent = 'The feed URL no longer works.';
  } catch (error) {
    $('calendar-status').replaceChildren(errorBox(error, revoke));
  }
}

async function copy() {
  $('calendar-url').select();
  try {
    await navigator.clipboard.writeText($('calendar-url').value);
    $('calendar-status').textContent = 'Copied.';
  } catch {
    $('calendar-status').textContent = 'Select the URL and copy it (the browser did not allow copying).';
  }
}

export function wireCalendar() {
  $('calendar-open').addEventListener('click', () => { $('calendar-status').replaceChildren(); $('calendar-dialog').showModal(); });
  $('calendar-close').addEventListener('click', () => $('calendar-dialog').close());
  $('calendar-create').addEventListener('click', create);
  $('calendar-copy').addEventListener('click', copy);
  $('calendar-revoke').addEventListener('click', revoke);
}
