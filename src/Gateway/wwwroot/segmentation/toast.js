import { el } from './format.js';

// A short message after a write, with Undo where the write can be undone; it goes by itself after a while.
const LIFETIME_MS = 12000;

export function toast(message, undo) {
  const region = document.getElementById('toasts');
  const node = el('div', { class: 'toast' }, el('span', {}, message));
  const dismiss = () => node.remove();
  if (undo) {
    node.append(el('button', { type: 'button', class: 'small undo', onclick: async () => {
      dismiss();
      await undo();
    } }, 'Undo'));
  }
  node.append(el('button', { type: 'button', class: 'small secondary', 'aria-label': 'Dismiss', onclick: dismiss }, '×'));
  region.append(node);
  setTimeout(dismiss, LIFETIME_MS);
  return node;
}
