import { auth } from './api.js';
import { el } from './format.js';
import { loadClients, renderClients, state } from './clients.js';
import { closePanel, openPanel, panelState } from './panel.js';
import { wireSchedule } from './schedule.js';
import { loadWorkload } from './workload.js';
import { wireImport } from './import.js';
import { readUrl, writeUrl } from './url.js';

// Bootstrap: sign-in, then the page's state from the address bar (views, filters, open client), kept in
// step with it in both directions (pushState on each change, popstate on back/forward).
const $ = (id) => document.getElementById(id);
const thisYear = new Date().getFullYear();
const views = { clients: () => null, workload: loadWorkload, import: () => null };
let view = 'clients';

function showSignedIn(signedIn, message = '') {
  $('sign-in').hidden = signedIn;
  $('app').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  if (!signedIn) closePanel({ restoreFocus: false });
  const me = auth.me;
  $('who').textContent = signedIn && me ? (me.role === 'cse' ? `CSE: ${me.cse}` : `Admin: ${me.name}`) : '';
  $('sign-in-error').textContent = message;
}

const wanted = (id) => $(id).value || $(id).dataset.wanted || '';

function syncUrl({ replace = false } = {}) {
  writeUrl({
    year: state.year === thisYear ? '' : state.year, view: view === 'clients' ? '' : view,
    layout: state.layout === 'cards' ? '' : state.layout, cse: wanted('filter-cse'), segment: wanted('filter-segment'),
    status: $('filter-status').value, search: $('search').value.trim(), sort: state.sort === 'clientName' ? '' : state.sort,
    dir: state.dir === 'asc' ? '' : state.dir, per: state.per === 50 ? '' : state.per, page: state.page > 1 ? state.page : '',
    client: panelState.client ?? '',
  }, { replace });
}

function showView(name) {
  view = views[name] ? name : 'clients';
  for (const tab of document.querySelectorAll('.tab')) {
    tab.classList.toggle('active', tab.dataset.view === view);
    tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
  }
  for (const key of Object.keys(views)) $(`view-${key}`).hidden = key !== view;
  for (const label of document.querySelectorAll('.clients-only')) label.hidden = view !== 'clients';
  views[view]();
}

function showLayout() {
  for (const b of document.querySelectorAll('[data-layout]')) b.setAttribute('aria-pressed', String(b.dataset.layout === state.layout));
}

/** Applies the address bar: on first load, and on back/forward. */
async function applyUrl() {
  const u = readUrl();
  const year = Number(u.year) || thisYear;
  const yearChanged = year !== state.year || !state.clients.length;
  state.year = year;
  $('year').value = String(year);
  for (const [id, value] of [['filter-cse', u.cse], ['filter-segment', u.segment]]) {
    $(id).value = value;
    if ($(id).value !== value) $(id).dataset.wanted = value; // its options arrive with the clients
  }
  $('filter-status').value = u.status;
  $('search').value = u.search;
  Object.assign(state, { layout: u.layout === 'table' ? 'table' : 'cards', sort: u.sort || 'clientName',
    dir: u.dir === 'desc' ? 'desc' : 'asc', per: Number(u.per) || 50, page: Number(u.page) || 1 });
  $('per-page').value = String(state.per);
  showLayout();
  showView(u.view);
  if (yearChanged) loadClients(); else renderClients();
  if (u.client && u.client !== panelState.client) openPanel(u.client);
  if (!u.client) closePanel({ restoreFocus: false });
}

async function start() {
  try {
    const me = await auth.load();
    $('sign-in-button').disabled = !me.canSignIn;
    if (!me.signedIn) { showSignedIn(false); return; }
    showSignedIn(true);
  } catch (error) {
    showSignedIn(false, error.message);
    return;
  }
  await applyUrl();
}

function wire() {
  const years = [thisYear - 1, thisYear, thisYear + 1];
  $('year').replaceChildren(...years.map((y) => el('option', { value: y }, y)));
  $('year').addEventListener('change', () => {
    state.year = Number($('year').value);
    state.page = 1;
    syncUrl();
    loadClients();
    if (panelState.client) openPanel(panelState.client);
    if (view === 'workload') loadWorkload();
  });
  const filtered = ({ replace = false } = {}) => { state.page = 1; syncUrl({ replace }); renderClients(); };
  for (const id of ['filter-cse', 'filter-segment', 'filter-status']) $(id).addEventListener('change', () => filtered());
  $('search').addEventListener('input', () => filtered({ replace: true }));
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('per-page').addEventListener('change', () => { state.per = Number($('per-page').value); filtered(); });
  for (const b of document.querySelectorAll('[data-layout]')) {
    b.addEventListener('click', () => { state.layout = b.dataset.layout; showLayout(); syncUrl(); renderClients(); });
  }
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
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => { showView(tab.dataset.view); syncUrl(); });
  wireSchedule();
  wireImport();
}

wire();
start();
