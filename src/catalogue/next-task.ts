/**
 * Resolves in a later task, so that the browser can paint and answer a tap between two pieces of work: a phone
 * that runs the page's start in one piece is blocked for all of it (Lighthouse's "total blocking time").
 * `scheduler.yield()` where the browser has it (it keeps this page's place in the queue), else a timer.
 */
export function nextTask(): Promise<void> {
  if ('scheduler' in globalThis && typeof globalThis.scheduler?.yield === 'function') {
    return globalThis.scheduler.yield();
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
