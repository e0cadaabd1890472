// Live updates: the gateway pushes {kind, clientName, year, ...} for every change the user may see
// (GET /api/live, server-sent events); the page refetches what shows it. Bursts are coalesced, and
// EventSource reconnects by itself after a dropped connection.
const DEBOUNCE_MS = 250;

export function startLive(onChange) {
  if (!('EventSource' in window)) return null;
  const source = new EventSource('/api/live', { withCredentials: true });
  let pending = [];
  let timer = null;
  const flush = () => { const batch = pending; pending = []; timer = null; onChange(batch); };
  const receive = (message) => {
    let change;
    try { change = JSON.parse(message.data); } catch { return; }
    pending.push(change);
    timer ??= setTimeout(flush, DEBOUNCE_MS);
  };
  source.onmessage = receive;
  for (const kind of ['event', 'change', 'client']) source.addEventListener(kind, receive);
  return source;
}
