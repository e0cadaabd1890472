// The page's state in the address bar: filters, view, sort, paging and the open client. A shared link
// or the back button restores it; typing in the search box replaces the entry instead of adding one.
const KEYS = ['year', 'view', 'layout', 'cse', 'segment', 'status', 'search', 'sort', 'dir', 'per', 'page', 'client'];

export function readUrl() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? '']));
}

export function writeUrl(changes, { replace = false } = {}) {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === '' || v === null || v === undefined) params.delete(k); else params.set(k, String(v));
  }
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
}
