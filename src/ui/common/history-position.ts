/** Numbers the history entries this visit pushes, so the quick exit knows how far back Lotse's own entries go. */
export function trackHistoryPosition(history: History): () => number {
  const push = history.pushState.bind(history);
  history.pushState = (state: unknown, title: string, url?: string | URL | null) => {
    const position = currentPosition(history) + 1;
    push({ ...(typeof state === 'object' && state ? state : {}), lotsePosition: position }, title, url);
  };
  return () => currentPosition(history);
}

function currentPosition(history: History): number {
  // history.state is `any` in the DOM types; the field is read as unknown and checked on the next line.
  const state = history.state as { lotsePosition?: unknown } | null;
  return typeof state?.lotsePosition === 'number' ? state.lotsePosition : 0;
}
