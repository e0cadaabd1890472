// A user action that may take several writes (schedule, then complete) keeps one requestId per step
// for as long as it is open: a retry after any failure repeats each step with the same id, so a step
// that did commit answers with its first result instead of being done twice.
export function newAction() {
  const ids = new Map();
  return {
    id(step, body) {
      const key = `${step} ${JSON.stringify(body ?? null)}`;
      if (!ids.has(key)) ids.set(key, crypto.randomUUID());
      return ids.get(key);
    },
  };
}
