import { loadClients, state } from './clients.js';
import { panelState, refreshPanel } from './panel.js';
import { refreshView } from './views.js';

// What a live change refetches: the portfolio of the year shown (quietly: the old figures stay until
// the new arrive), the open client's panel if the change is about that client (a client change has year 0:
// every year; a requirement edit names no client: every panel), and the open view.
export function onLiveChanges(changes) {
  const shown = changes.filter((c) => !c.year || Number(c.year) === state.year);
  if (!shown.length) return;
  const panelClient = panelState.client;
  const aboutPanel = panelClient && shown.some((c) => !c.clientName || c.clientName === panelClient);
  if (aboutPanel && !document.querySelector('dialog[open]')) refreshPanel(); else loadClients({ quiet: true });
  refreshView();
}
