import { today } from './format.js';

// "Deadline 2026-12-31, 1 month(s) left", or "deadline passed" once it has gone: never "0 month(s) left"
// for a deadline behind us.
export function deadlineText(c) {
  if (c.deadline < today()) return `Deadline ${c.deadline} (passed)`;
  const months = c.monthsToDeadline;
  return `Deadline ${c.deadline}, ${months < 1 ? 'under a month' : `${months} month(s)`} left`;
}
