import { api, auth } from './api.js';
import { el } from './format.js';
import { loadClients, renderCards, state } from './clients.js';
import { openPanel } from './panel.js';
import { wireSchedule } from './schedule.js';
import { loadWorkload } from './workload.js';

// Bootstrap: sign-in, tabs, filters.
const $ = (id) => document.getElementById(id);

function showSignedIn(signedIn, message = '') {
  $('sign-in').hidden = signedIn;
  $('app').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  const me = auth.me;
  $('who').textContent = signedIn && me ? (me.role === 'cse' ? `CSE: ${me.cse}` : `Admin: ${me.name}`) : '';
  $('sign-in-error').textContent = message;
}

async function start() {
  try {
    const me = await auth.load();
    $('sign-in-button').disabled = !me.canSignIn;
    if (!me.signedIn) { showSignedIn(false); return; }
    showSignedIn(true);
    await api('/api/segments');
  } catch (error) {
    showSignedIn(false, error.status === 401 ? '' : error.message);
    return;
  }
  await loadClients();
}

function wire() {
  const years = [state.year - 1, state.year, state.year + 1];
  $('year').replaceChildren(...years.map((y) => el('option', { value: y, selected: y === state.year }, y)));
  $('year').addEventListener('change', async () => { state.year = Number($('year').value); await loadClients(); });
  for (const id of ['filter-cse', 'filter-segment', 'filter-status']) $(id).addEventListener('change', () => renderCards());
  $('search').addEventListener('input', () => renderCards());
  renderCards.onOpen = openPanel;
  $('panel-close').addEventListener('click', () => { $('panel').hidden = true; });
  $('sign-in-button').addEventListener('click', () => auth.signIn());
  $('sign-out').addEventListener('click', () => auth.signOut());
  // Any 401 (the session expired and could not be refreshed, or was signed out elsewhere): a clean signed-out page.
  window.addEventListener('segmentation:signed-out', () => showSignedIn(false, 'You are signed out. Sign in again to continue.'));
  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', async () => {
      for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t === tab);
      $('view-clients').hidden = tab.dataset.view !== 'clients';
      $('view-workload').hidden = tab.dataset.view !== 'workload';
      if (tab.dataset.view === 'workload') await loadWorkload();
    });
  }
  wireSchedule();
}

wire();
start();
