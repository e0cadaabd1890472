import { api, q } from './api.js';
import { el } from './format.js';
import { errorBox, loading } from './errors.js';
import { isAbort, latest } from './latest.js';
import { state } from './clients.js';
import { scoreLine, statusByMonth } from './trendcharts.js';

// Trends: the portfolio's status distribution by month (with the CSE and segment filters), and in the
// client panel the client's monthly score and its saved forecasts as history.
const nextLoad = latest();
const $ = (id) => document.getElementById(id);

export async function loadTrends() {
  const signal = nextLoad();
  const cse = $('filter-cse').value, segment = $('filter-segment').value;
  const query = `year=${state.year}${cse ? `&cse=${q(cse)}` : ''}${segment ? `&segment=${q(segment)}` : ''}`;
  $('trends-title').textContent = `Trends ${state.year}`;
  $('trends-body').replaceChildren(loading('Loading trends…'));
  try {
    const trend = await api(`/api/compliance/trend?${query}`, { signal });
    if (signal.aborted) return;
    const scope = [cse, segment].filter(Boolean).join(', ') || 'all clients';
    $('trends-body').replaceChildren(statusByMonth(trend.points, `Clients by status at each month end, ${state.year} (${scope})`));
  } catch (error) {
    if (isAbort(error) || signal.aborted) return;
    $('trends-body').replaceChildren(errorBox(error, loadTrends));
  }
}

/** The panel's trend section: loaded after the panel itself, failing on its own (with Retry). */
export function clientTrend(name, signal) {
  const box = el('div', { id: 'client-trend' }, loading('Loading trend…'));
  const load = async () => {
    box.replaceChildren(loading('Loading trend…'));
    try {
      const [trend, history] = await Promise.all([
        api(`/api/compliance/${q(name)}/trend?year=${state.year}`, { signal }),
        api(`/api/compliance/${q(name)}/forecast/history?year=${state.year}&pageSize=12`, { signal }),
      ]);
      if (signal.aborted) return;
      box.replaceChildren(scoreLine(trend.points, `Monthly compliance score, ${state.year}`), historyTable(history.forecasts));
    } catch (error) {
      if (!isAbort(error) && !signal.aborted) box.replaceChildren(errorBox(error, load));
    }
  };
  load();
  return box;
}

function historyTable(forecasts) {
  if (!forecasts.length) return el('p', { class: 'muted' }, 'No saved forecasts yet.');
  return el('table', { class: 'table', id: 'forecast-history' },
    el('caption', {}, 'Saved forecasts'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Saved'), el('th', { class: 'num' }, 'Score then'),
      el('th', { class: 'num' }, 'Predicted year-end'), el('th', {}, 'Risk'))),
    el('tbody', {}, forecasts.map((f) => el('tr', {}, el('td', {}, (f.savedAt || f.predictionDate || '').slice(0, 10)),
      el('td', { class: 'num' }, `${f.currentComplianceScore}%`), el('td', { class: 'num' }, `${f.predictedYearEndScore}%`), el('td', {}, f.riskLevel)))));
}
