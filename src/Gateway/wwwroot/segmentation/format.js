// Small DOM and formatting helpers shared by the views.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'style') node.style.cssText = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export const statusLabel = { critical: 'Critical', 'at-risk': 'At risk', compliant: 'Compliant', exceeded: 'Exceeded' };

export const badge = (status) => el('span', { class: `badge ${status}` }, statusLabel[status] || status);

// "Today" is the business calendar's (GET /api/me says it, in the business time zone), so overdue and the latest date a
// meeting can be logged match the server's rules; the browser's own date only until /api/me has answered.
let businessToday = null;
export const setToday = (date) => { if (/^\d{4}-\d{2}-\d{2}$/.test(date || '')) businessToday = date; };
export const today = () => {
  if (businessToday) return businessToday;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
export const thisYear = () => Number(today().slice(0, 4));
