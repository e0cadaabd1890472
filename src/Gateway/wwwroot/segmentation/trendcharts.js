import { el } from './format.js';

// SVG charts of a year by month: a score line (0–100 %) and stacked status bars. Each has a text
// title and a table-like aria-label, so the figures are not only in the picture.
const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, text) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};
const W = 680, H = 200, LEFT = 36, BOTTOM = 24, TOP = 10;
const month = (asOf) => asOf.slice(5, 7);

export function scoreLine(points, title) {
  const step = (W - LEFT - 10) / Math.max(1, points.length - 1);
  const x = (i) => LEFT + i * step, y = (v) => TOP + (H - TOP - BOTTOM) * (1 - v / 100);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `${title}: ${points.map((p) => `${p.asOf} ${p.overallScore}%`).join(', ') || 'no points yet'}` });
  for (const v of [0, 50, 100]) {
    chart.append(svg('line', { x1: LEFT, x2: W - 10, y1: y(v), y2: y(v), stroke: '#d1d5db' }), svg('text', { x: 0, y: y(v) + 4, 'font-size': 11 }, `${v}%`));
  }
  chart.append(svg('polyline', { points: points.map((p, i) => `${x(i)},${y(p.overallScore)}`).join(' '), fill: 'none', stroke: '#1d4ed8', 'stroke-width': 2 }));
  points.forEach((p, i) => {
    chart.append(svg('circle', { cx: x(i), cy: y(p.overallScore), r: 4, fill: `var(--${p.overallStatus})`, class: 'trend-point' }));
    chart.append(svg('text', { x: x(i), y: H - 6, 'font-size': 11, 'text-anchor': 'middle' }, month(p.asOf)));
  });
  return el('figure', { class: 'chart trend' }, el('figcaption', {}, title), chart);
}

export function statusByMonth(points, title) {
  const max = Math.max(1, ...points.map((p) => p.compliant + p.atRisk + p.critical));
  const band = (W - LEFT - 10) / Math.max(1, points.length);
  const h = (v) => (H - TOP - BOTTOM) * (v / max);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title}: ${points.map((p) =>
    `${p.asOf} compliant ${p.compliant}, at risk ${p.atRisk}, critical ${p.critical}`).join('; ') || 'no points yet'}` });
  points.forEach((p, i) => {
    let base = H - BOTTOM;
    for (const [count, status] of [[p.compliant, 'compliant'], [p.atRisk, 'at-risk'], [p.critical, 'critical']]) {
      base -= h(count);
      chart.append(svg('rect', { x: LEFT + i * band + 4, y: base, width: band - 8, height: h(count), fill: `var(--${status})`, class: `bar-${status}` }));
    }
    chart.append(svg('text', { x: LEFT + i * band + band / 2, y: H - 6, 'font-size': 11, 'text-anchor': 'middle' }, month(p.asOf)));
  });
  const key = (status, text) => el('span', { class: 'key' }, el('span', { class: 'swatch', style: `background:var(--${status})` }), text);
  return el('figure', { class: 'chart trend' }, el('figcaption', {}, title),
    el('p', { class: 'legend' }, key('compliant', 'Compliant'), key('at-risk', 'At risk'), key('critical', 'Critical')), chart);
}
