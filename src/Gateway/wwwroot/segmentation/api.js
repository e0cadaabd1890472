// Thin client for the gateway's REST API: bearer token, JSON, RFC 9457 problem details as errors.
const TOKEN_KEY = 'segmentation.token';

export const auth = {
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  set token(value) { value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY); },
  // The token's claims, for display only; the gateway decides what the caller may see.
  claims() {
    try { return JSON.parse(atob(this.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))); }
    catch { return null; }
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
  const headers = { Authorization: `Bearer ${auth.token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 204) return null;
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
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
