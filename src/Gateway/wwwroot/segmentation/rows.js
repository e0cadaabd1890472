import { isAbort, latest } from './latest.js';
import { clientCompliance, loadClients, renderClients, state } from './clients.js';

// At 10,000 clients the whole portfolio is 20 calls and over 2 s (bench/dashboard.sh): a change to a few
// clients refetches only those, one call each; more than this many, the whole list again.
const PATCH_LIMIT = 10;
const nextPatch = latest();

/** A whole-list load supersedes a row refresh in flight. */
export const cancelRowRefresh = nextPatch;

/** Some clients changed (a live push, the user's own write): their rows are refetched and replaced in place.
 * The whole list is reloaded (quietly) instead when it is not complete yet, a load is running, the change
 * names no client or many, or a client is not in the list (new to it, or no longer visible). */
export async function refreshClients(names) {
  const unique = [...new Set(names)];
  if (!state.loaded || state.fullLoad || !unique.length || unique.length > PATCH_LIMIT || unique.some((n) => !n)) {
    return loadClients({ quiet: true });
  }
  const signal = nextPatch();
  const year = state.year;
  try {
    const fresh = await Promise.all(unique.map((name) => clientCompliance(name, signal)));
    if (signal.aborted || year !== state.year) return;
    const index = fresh.map((c) => state.clients.findIndex((row) => row.clientName === c.clientName));
    if (index.some((i) => i < 0)) return loadClients({ quiet: true });
    fresh.forEach(({ eventTypes, ...row }, k) => { state.clients[index[k]] = row; });
    renderClients();
  } catch (error) {
    if (!isAbort(error) && !signal.aborted) loadClients({ quiet: true });
  }
}
