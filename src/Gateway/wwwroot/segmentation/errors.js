import { auth } from './api.js';
import { el } from './format.js';

// The error state every view shows instead of "Loading…" when a call fails: what happened and one way on
// (Retry, or Sign in again when the session has ended).
export function describe(error) {
  switch (error?.status) {
    case 0: return error.message;
    case 401: return 'Your session has ended.';
    case 429: return 'Too many requests just now. Wait a moment and retry.';
    case 503: return 'The service is unavailable right now (503). Retry in a moment.';
    case 504: return 'The service took too long to answer (504). Retry in a moment.';
    default: return error?.message || 'Something went wrong.';
  }
}

export function errorBox(error, retry) {
  const signedOut = error?.status === 401;
  return el('div', { class: 'error-box', role: 'alert' },
    el('p', {}, describe(error)),
    signedOut
      ? el('button', { type: 'button', class: 'sign-in-again', onclick: () => auth.signIn() }, 'Sign in again')
      : el('button', { type: 'button', class: 'retry', onclick: retry }, 'Retry'));
}

export const loading = (what = 'Loading…') => el('p', { class: 'muted loading', role: 'status' }, what);
