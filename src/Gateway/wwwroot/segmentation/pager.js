import { el } from './format.js';

// Previous / "page x of y" / Next under the cards or table (hidden when everything fits on one page).
export function pager(page, pages, total, go) {
  if (pages <= 1) return [el('span', { class: 'muted' }, `${total} client(s)`)];
  return [
    el('button', { type: 'button', class: 'secondary small', id: 'page-prev', disabled: page <= 1, onclick: () => go(page - 1) }, 'Previous'),
    el('span', { id: 'page-label' }, `Page ${page} of ${pages} · ${total} client(s)`),
    el('button', { type: 'button', class: 'secondary small', id: 'page-next', disabled: page >= pages, onclick: () => go(page + 1) }, 'Next'),
  ];
}
