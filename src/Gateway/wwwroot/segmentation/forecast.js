import { el } from './format.js';

// The forecast in the panel: predicted year-end score, risk and confidence, risk factors, recommended actions.
export function forecastView(f) {
  return el('div', { id: 'forecast' },
    el('div', { class: 'forecast' },
      kpi(`${f.predictedYearEndScore}%`, 'Predicted year-end'),
      kpi(f.riskLevel, `Risk (${f.riskScore})`),
      kpi(f.confidenceScore, 'Confidence')),
    f.riskFactors.length ? el('ul', { class: 'risk-factors' }, f.riskFactors.map((r) => el('li', {}, r))) : '',
    el('ul', { class: 'actions' }, f.recommendedActions.map((a) => el('li', {}, a))));
}

const kpi = (value, label) => el('div', { class: 'kpi' }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));
