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
  signIn() { location.href = `/signin?returnUrl=${encodeURIComponent(location.pathname)}`; },
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

export async function api(path, { method = 'GET', body } = {}) {
  // The gateway records events scheduled from here with source "dashboard" (the caller is the same verified user).
  const headers = { ...CSRF, 'X-Segmentation-Client': 'dashboard' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) window.dispatchEvent(new Event('segmentation:signed-out'));
  if (response.status === 204) return null;
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// One requestId per user action (AIP-155). An action that failed without a definite answer (a network
// error, a timeout, a 5xx, a 429) keeps its id, so when the user tries it again a write that did commit
// is not done twice: the gateway answers with the committed result. A definite answer ends the action.
const pendingIds = new Map();

/** A write (POST, PATCH, DELETE) as one user action, identified by what it does. */
export async function write(path, { method = 'POST', body } = {}) {
  const action = `${method} ${path} ${JSON.stringify(body ?? null)}`;
  const requestId = pendingIds.get(action) ?? crypto.randomUUID();
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

/** Every page of a list route (AIP-158 pagination). */
export async function all(path, key) {
  const items = [];
  let token = '';
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api(`${path}${sep}pageSize=500${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`);
    items.push(...page[key]);
    token = page.nextPageToken;
  } while (token);
  return items;
}

export const q = encodeURIComponent;
