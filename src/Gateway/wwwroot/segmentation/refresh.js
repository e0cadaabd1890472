import { state } from './clients.js';
import { refreshClients } from './rows.js';
import { panelState, refreshPanelFor } from './panel.js';
import { refreshView } from './views.js';

// What a live change refetches: the changed clients' rows of the year shown (quietly: the old figures stay
// until the new arrive; rows.js falls back to the whole list, e.g. for a requirement edit, which names no
// client), the open client's panel if the change is about that client (a client change has year 0: every
// year; no client named: every panel), and the open view.
export function onLiveChanges(changes) {
  const shown = changes.filter((c) => !c.year || Number(c.year) === state.year);
  if (!shown.length) return;
  const panelClient = panelState.client;
  const aboutPanel = panelClient && shown.some((c) => !c.clientName || c.clientName === panelClient);
  const names = shown.map((c) => c.clientName);
  if (aboutPanel && !document.querySelector('dialog[open]')) refreshPanelFor(names); else refreshClients(names);
  refreshView();
}
