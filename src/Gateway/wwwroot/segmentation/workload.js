import { api } from './api.js';
import { el } from './format.js';
import { state } from './clients.js';

// The CSE workload view: KPI cards, then one row per CSE, worst first, expandable to its clients.
export async function loadWorkload() {
  const workload = await api(`/api/workload?year=${state.year}`);
  const ceses = [...workload.ceses].sort((a, b) => a.avgComplianceScore - b.avgComplianceScore);
  const t = workload.totals;
  const kpi = (value, label) => el('div', { class: 'kpi' }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));
  document.getElementById('kpis').replaceChildren(
    kpi(ceses.length, 'Active CSEs'), kpi(t.totalClients, 'Clients'), kpi(`${t.avgComplianceScore}%`, 'Average compliance'),
    kpi(t.outstandingEvents, 'Outstanding events'), kpi(`${t.completionRate}%`, 'Completion rate'), kpi(t.highRiskClients, 'High-risk clients'));
  const rows = ceses.flatMap((c) => {
    const details = el('tr', { class: 'details', hidden: true }, el('td', { colspan: 11 }, c.clientNames.join(', ')));
    const row = el('tr', { class: 'expander', 'data-cse': c.cseName, onclick: () => { details.hidden = !details.hidden; } },
      el('td', {}, '▸'), el('td', {}, c.cseName), el('td', { class: 'num' }, c.totalClients),
      el('td', { class: 'num' }, `${c.avgComplianceScore}%`), el('td', { class: 'num' }, c.compliantClients),
      el('td', { class: 'num' }, c.atRiskClients), el('td', { class: 'num' }, c.criticalClients),
      el('td', { class: 'num' }, c.outstandingEvents), el('td', { class: 'num' }, c.scheduledEvents),
      el('td', { class: 'num' }, `${c.completionRate}%`), el('td', { class: 'num' }, c.highRiskClients));
    return [row, details];
  });
  document.querySelector('#workload tbody').replaceChildren(...rows);
}
