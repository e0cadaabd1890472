// The Monday (YYYY-MM-DD) of a date's week: the agenda groups by it. Calendar arithmetic in UTC, so no
// time zone or daylight-saving shift moves a date to another day.
export function weekOf(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
