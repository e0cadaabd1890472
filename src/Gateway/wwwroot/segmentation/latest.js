// One load at a time per view: starting a new one aborts the previous request, and the caller drops any
// answer whose signal was aborted, so a quick year switch never shows one year's data under another's label.
export function latest() {
  let current = null;
  return () => {
    current?.abort();
    current = new AbortController();
    return current.signal;
  };
}

export const isAbort = (error) => error?.name === 'AbortError';
