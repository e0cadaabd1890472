// Thin client for the gateway's REST API: the session cookie (HttpOnly: this page never sees a token),
// JSON, RFC 9457 problem details as errors. A 401 means the session ended: the page shows "signed out".
const CSRF = { 'X-Segmentation-Request': '1' };

export const auth = {
  // Who the gateway says is signed in (GET /api/me), for display only; the gateway decides what the caller may see.
  me: null,
  async load() {
    const response = await fetch('/api/me', { credentials: 'same-origin', headers: CSRF });
    this.me = response.ok ? await response.json() : { signedIn: false, canSignIn: false };
    return this.me;
  },
  // The path and query: a shared link (filters, open client) survives the sign-in round trip.
  signIn() { location.href = `/signin?returnUrl=${encodeURIComponent(location.pathname + location.search)}`; },
  async signOut() {
    const response = await fetch('/signout', { method: 'POST', credentials: 'same-origin', headers: CSRF });
    const next = response.ok ? (await response.json()).redirect : location.pathname;
    this.me = null;
    location.href = next;
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.errors = problem?.errors || {};
  }
}

export async function api(path, { method = 'GET', body, signal, form } = {}) {
  // The gateway records events scheduled from here with source "dashboard" (the caller is the same verified user).
  const headers = { ...CSRF, 'X-Segmentation-Client': 'dashboard' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const payload = form ?? (body === undefined ? undefined : JSON.stringify(body));
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: payload, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { detail: 'The server could not be reached. Check the connection and retry.' });
  }
  if (response.status === 401) window.dispatchEvent(new Event('segmentation:signed-out'));
  if (response.status === 204) return null;
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { detail: `HTTP ${response.status}` }; }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// One requestId per user action (AIP-155). An action that failed without a definite answer (a network
// error, a timeout, a 5xx, a 429) keeps its id, so when the user tries it again a write that did commit
// is not done twice: the gateway answers with the committed result. A definite answer ends the action.
const pendingIds = new Map();

/** A write (POST, PATCH, DELETE) as one user action, identified by what it does (or by the id the
 * caller keeps for a multi-step action, see actions.js). */
export async function write(path, { method = 'POST', body, requestId: given } = {}) {
  const action = `${method} ${path} ${JSON.stringify(body ?? null)}`;
  const requestId = given ?? pendingIds.get(action) ?? crypto.randomUUID();
  pendingIds.set(action, requestId);
  const sep = path.includes('?') ? '&' : '?';
  try {
    const result = await api(`${path}${sep}requestId=${encodeURIComponent(requestId)}`, { method, body });
    pendingIds.delete(action);
    return result;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500 && error.status !== 429) pendingIds.delete(action);
    throw error;
  }
}

/** Every page of a list route (AIP-158 pagination); onPage sees each page as it arrives (first paint). */
export async function all(path, key, { signal, onPage } = {}) {
  const items = [];
  let token = '';
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api(`${path}${sep}pageSize=500${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`, { signal });
    items.push(...page[key]);
    token = page.nextPageToken;
    if (token) onPage?.(items);
  } while (token);
  return items;
}

export const q = encodeURIComponent;
