import { api } from './api.js';
import { el } from './format.js';
import { state } from './clients.js';
import { errorBox, loading } from './errors.js';
import { isAbort, latest } from './latest.js';

// The CSE workload view of the chosen year: KPI cards, then one row per CSE, worst first, expandable to its clients.
const nextLoad = latest();
const $ = (id) => document.getElementById(id);

export async function loadWorkload() {
  const signal = nextLoad();
  const year = state.year;
  $('workload-title').textContent = `CSE workload ${year}`;
  $('workload-status').replaceChildren(loading('Loading workload…'));
  $('kpis').replaceChildren();
  document.querySelector('#workload tbody').replaceChildren();
  try {
    const workload = await api(`/api/workload?year=${year}`, { signal });
    if (signal.aborted) return;
    $('workload-status').replaceChildren();
    render(workload);
  } catch (error) {
    if (isAbort(error) || signal.aborted) return;
    $('workload-status').replaceChildren(errorBox(error, () => loadWorkload()));
  }
}

/** Outstanding required events against the months left, and whether the CSE's recent pace closes the gap. */
function capacityCells(capacity) {
  if (!capacity) return [el('td', {}, '–'), el('td', {}, '–'), el('td', {}, '–')];
  const pace = (v) => `${Number(v).toFixed(1)}/month`;
  return [
    el('td', { class: 'num', title: `${capacity.outstandingRequired} outstanding over ${capacity.monthsLeft} month(s)` }, pace(capacity.neededPacePerMonth)),
    el('td', { class: 'num' }, pace(capacity.recentPacePerMonth)),
    el('td', { class: 'capacity' }, capacity.overloaded ? el('span', { class: 'badge critical' }, 'Cannot close the gap') : 'On pace'),
  ];
}

function render(workload) {
  const ceses = [...workload.ceses].sort((a, b) => a.avgComplianceScore - b.avgComplianceScore);
  const t = workload.totals;
  const kpi = (value, label) => el('div', { class: 'kpi' }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));
  $('kpis').replaceChildren(
    kpi(ceses.length, 'Active CSEs'), kpi(t.totalClients, 'Clients'), kpi(`${t.avgComplianceScore}%`, 'Average compliance'),
    kpi(t.outstandingEvents, 'Outstanding events'), kpi(`${t.completionRate}%`, 'Completion rate'), kpi(t.highRiskClients, 'High-risk clients'));
  const rows = ceses.flatMap((c) => {
    const details = el('tr', { class: 'details', hidden: true }, el('td', { colspan: 14 }, c.clientNames.join(', ')));
    const toggle = el('button', { type: 'button', class: 'small secondary', 'aria-expanded': 'false', 'aria-label': `Clients of ${c.cseName}`,
      onclick: () => { details.hidden = !details.hidden; toggle.setAttribute('aria-expanded', String(!details.hidden)); } }, '▸');
    const row = el('tr', { class: 'expander', 'data-cse': c.cseName },
      el('td', {}, toggle), el('td', {}, c.cseName), el('td', { class: 'num' }, c.totalClients),
      el('td', { class: 'num' }, `${c.avgComplianceScore}%`), el('td', { class: 'num' }, c.compliantClients),
      el('td', { class: 'num' }, c.atRiskClients), el('td', { class: 'num' }, c.criticalClients),
      el('td', { class: 'num' }, c.outstandingEvents), el('td', { class: 'num' }, c.scheduledEvents),
      el('td', { class: 'num' }, `${c.completionRate}%`), el('td', { class: 'num' }, c.highRiskClients), ...capacityCells(c.capacity));
    return [row, details];
  });
  document.querySelector('#workload tbody').replaceChildren(...rows);
}
