import { badge, el } from './format.js';
import { segmentColor, state } from './clients.js';
import { deadlineText } from './deadline.js';

// The client cards (one per client of the current page).
export function renderCards(clients) {
  document.getElementById('cards').replaceChildren(...clients.map(card));
}

export const segmentPill = (segment) =>
  el('span', { class: 'seg-pill', style: `--seg:${segmentColor(segment)}` }, segment);

function card(c) {
  return el('button', { type: 'button', class: 'client-card', style: `--seg:${segmentColor(c.segment)}`, 'data-client': c.clientName,
    onclick: (event) => state.onOpen?.(c.clientName, event.currentTarget) },
    el('h3', {}, c.clientName),
    el('div', { class: 'meta' }, segmentPill(c.segment), ' · ', c.cse),
    el('div', {}, el('span', { class: 'score' }, `${c.overallScore}%`), ' ', badge(c.overallStatus)),
    el('div', { class: 'meta' }, `${c.compliantEventTypes}/${c.totalEventTypes} event types compliant`),
    el('div', { class: 'meta' }, deadlineText(c), ' ', c.hasSegmentChanged ? el('span', { class: 'badge extended' }, 'extended') : ''));
}
