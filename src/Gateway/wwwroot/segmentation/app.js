import { auth } from './api.js';
import { el, setToday, thisYear } from './format.js';
import { loadClients, renderClients, state } from './clients.js';
import { closePanel, openPanel, panelState } from './panel.js';
import { wireSchedule } from './schedule.js';
import { wireImport } from './import.js';
import { wireAgenda } from './agenda.js';
import { wireCalendar } from './calendar.js';
import { onLiveChanges } from './refresh.js';
import { startLive } from './live.js';
import { current, reloadView, showLayout, showView } from './views.js';
import { loadTrends } from './trends.js';
import { applyUrl, syncUrl } from './routing.js';

// Bootstrap: sign-in, then the controls wired to the state (routing.js keeps it in the address bar).
const $ = (id) => document.getElementById(id);

function showSignedIn(signedIn, message = '') {
  $('sign-in').hidden = signedIn;
  $('app').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  $('calendar-open').hidden = !signedIn;
  if (!signedIn) closePanel({ restoreFocus: false });
  const me = auth.me;
  $('who').textContent = signedIn && me ? (me.role === 'cse' ? `CSE: ${me.cse}` : `Admin: ${me.name}`) : '';
  $('sign-in-error').textContent = message;
}

async function start() {
  try {
    const me = await auth.load();
    setToday(me.today);
    fillYears();
    $('sign-in-button').disabled = !me.canSignIn;
    if (!me.signedIn) { showSignedIn(false); return; }
    showSignedIn(true);
  } catch (error) {
    showSignedIn(false, error.message);
    return;
  }
  applyUrl();
  startLive(onLiveChanges);
}

// Last, this and next year of the business calendar (known once /api/me has answered).
function fillYears() {
  const year = thisYear();
  $('year').replaceChildren(...[year - 1, year, year + 1].map((y) => el('option', { value: y }, y)));
}

function wireControls() {
  $('year').addEventListener('change', () => {
    state.year = Number($('year').value);
    state.page = 1;
    syncUrl();
    loadClients();
    if (panelState.client) openPanel(panelState.client);
    reloadView();
  });
  const filtered = ({ replace = false } = {}) => {
    state.page = 1;
    syncUrl({ replace });
    renderClients();
    if (current.view === 'trends') loadTrends();
  };
  for (const id of ['filter-cse', 'filter-segment', 'filter-status']) $(id).addEventListener('change', () => filtered());
  // Typing replaces the history entry: Back undoes a filter, not a keystroke.
  $('search').addEventListener('input', () => filtered({ replace: true }));
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('per-page').addEventListener('change', () => { state.per = Number($('per-page').value); filtered(); });
  for (const b of document.querySelectorAll('[data-layout]')) {
    b.addEventListener('click', () => { state.layout = b.dataset.layout; showLayout(); syncUrl(); renderClients(); });
  }
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => { showView(tab.dataset.view); syncUrl(); });
}

function wire() {
  wireControls();
  state.onChange = () => syncUrl();
  state.onOpen = (name, opener) => { openPanel(name, opener); syncUrl(); };
  panelState.onClose = () => syncUrl();
  $('panel-close').addEventListener('click', () => closePanel());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !document.querySelector('dialog[open]') && !$('panel').hidden) closePanel();
  });
  window.addEventListener('popstate', () => applyUrl());
  $('sign-in-button').addEventListener('click', () => auth.signIn());
  $('sign-out').addEventListener('click', () => auth.signOut());
  // Any 401 (the session expired and could not be refreshed, or was signed out elsewhere): a clean signed-out page.
  window.addEventListener('segmentation:signed-out', () => {
    $('sign-in-button').textContent = 'Sign in again';
    showSignedIn(false, 'You are signed out. Sign in again to continue.');
  });
  wireSchedule();
  wireImport();
  wireAgenda();
  wireCalendar();
}

wire();
start();
