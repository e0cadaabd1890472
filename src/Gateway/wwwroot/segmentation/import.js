import { api } from './api.js';
import { el } from './format.js';
import { errorBox, loading } from './errors.js';

// Import in the page: choose a CSV or .xlsx file, see the dry run (rows, what would be inserted,
// duplicates, rejected rows with reasons), then Confirm writes it. Nothing is written before Confirm.
const $ = (id) => document.getElementById(id);
let chosen = null;

const send = (file, dryRun) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api(`/api/events/import?dryRun=${dryRun}`, { method: 'POST', form });
};

async function dryRun() {
  const file = $('import-file').files[0];
  chosen = null;
  $('import-confirm').hidden = true;
  if (!file) { $('import-report').replaceChildren(el('p', { class: 'error' }, 'Choose a .csv or .xlsx file first.')); return; }
  $('import-report').replaceChildren(loading('Checking the file (nothing is written)…'));
  try {
    const report = await send(file, true);
    $('import-report').replaceChildren(...reportView(report, 'Dry run: nothing has been written yet.'));
    chosen = report.rejectedTotal === 0 && report.inserted > 0 ? file : null;
    $('import-confirm').hidden = !chosen;
    $('import-confirm').textContent = chosen ? `Confirm: import ${report.inserted} event(s)` : 'Confirm';
  } catch (error) {
    $('import-report').replaceChildren(errorBox(error, dryRun));
  }
}

async function confirmImport() {
  if (!chosen) return;
  $('import-confirm').hidden = true;
  $('import-report').replaceChildren(loading('Importing…'));
  try {
    const result = await send(chosen, false);
    chosen = null;
    $('import-report').replaceChildren(...reportView(result, `Imported ${result.inserted} event(s).`));
  } catch (error) {
    $('import-report').replaceChildren(errorBox(error, confirmImport));
    $('import-confirm').hidden = false;
  }
}

function reportView(r, headline) {
  const list = (id, rows) => el('ul', { id }, rows.map((x) => el('li', {}, `Row ${x.row}: ${x.reason}`)));
  return [
    el('p', { id: 'import-headline', role: 'status' }, el('strong', {}, headline)),
    el('p', { id: 'import-counts' }, `${r.totalRows} row(s): ${r.inserted} to insert, ${r.duplicates} duplicate(s), ${r.rejectedTotal} rejected.`),
    r.rejected.length ? el('div', {}, el('h3', { class: 'section-title' }, 'Rejected rows (fix them and choose the file again)'), list('import-rejected', r.rejected)) : '',
    r.duplicateRows.length ? el('div', {}, el('h3', { class: 'section-title' }, 'Duplicates (skipped)'), list('import-duplicates', r.duplicateRows)) : '',
  ];
}

export function wireImport() {
  $('import-form').addEventListener('submit', (e) => { e.preventDefault(); dryRun(); });
  $('import-file').addEventListener('change', () => { chosen = null; $('import-confirm').hidden = true; $('import-report').replaceChildren(); });
  $('import-confirm').addEventListener('click', confirmImport);
}
