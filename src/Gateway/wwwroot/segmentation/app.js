import { api, auth } from './api.js';
import { el } from './format.js';
import { loadClients, renderCards, state } from './clients.js';
import { openPanel } from './panel.js';
import { wireSchedule } from './schedule.js';
import { loadWorkload } from './workload.js';

// Bootstrap: sign-in, tabs, filters.
const $ = (id) => document.getElementById(id);

function showSignedIn(signedIn) {
  $('sign-in').hidden = signedIn;
  $('app').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  const claims = auth.claims();
  $('who').textContent = signedIn && claims ? (claims.role === 'cse' ? `CSE: ${claims.cse}` : `Admin: ${claims.name}`) : '';
}

async function start() {
  try {
    await api('/api/segments');
  } catch (error) {
    auth.token = null;
    showSignedIn(false);
    $('sign-in-error').textContent = error.status === 401 ? 'That token was not accepted.' : error.message;
    return;
  }
  showSignedIn(true);
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
  $('sign-in-form').addEventListener('submit', async (e) => { e.preventDefault(); auth.token = $('token').value.trim(); await start(); });
  $('sign-out').addEventListener('click', () => { auth.token = null; location.hash = ''; showSignedIn(false); });
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
// A token in the URL fragment (#token=…) signs in directly; the fragment never reaches the server.
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) { auth.token = fromHash; history.replaceState(null, '', location.pathname); }
if (auth.token) start(); else showSignedIn(false);
