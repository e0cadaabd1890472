import { el } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, text) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Grouped bars: expected (grey) vs actual (coloured by status), one group per row. */
export function expectedVsActual(rows, { label = (r) => r.eventCode, title } = {}) {
  const width = 680, rowHeight = 22, left = 130, top = title ? 24 : 6;
  const max = Math.max(1, ...rows.flatMap((r) => [r.expected, r.actual]));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${top + rows.length * rowHeight + 8}`, role: 'img',
    'aria-label': title || 'Expected vs actual events' });
  if (title) chart.append(svg('text', { x: 0, y: 14, 'font-size': 13, 'font-weight': 600 }, title));
  const scale = (v) => (v / max) * (width - left - 60);
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    chart.append(svg('text', { x: left - 6, y: y + 14, 'text-anchor': 'end', 'font-size': 11 }, label(r)));
    chart.append(svg('rect', { x: left, y: y + 2, width: scale(r.expected), height: 8, fill: '#d1d5db' }));
    chart.append(svg('rect', { x: left, y: y + 10, width: scale(Math.min(r.actual, max)), height: 8,
      fill: `var(--${r.status || 'compliant'})`, class: 'bar-actual' }));
    chart.append(svg('text', { x: left + scale(Math.max(r.expected, r.actual)) + 6, y: y + 16, 'font-size': 11 },
      `${r.actual}/${r.expected}`));
  });
  return el('div', { class: 'chart' }, chart);
}

/** One bar per status: how many clients are compliant, at risk, critical. */
export function statusBars(clients, year) {
  const counts = ['compliant', 'at-risk', 'critical'].map((s) => ({
    eventCode: s, status: s, expected: clients.length, actual: clients.filter((c) => c.overallStatus === s).length,
  }));
  return expectedVsActual(counts, { title: `Portfolio ${year ?? ""}: ${clients.length} clients by status` });
}
