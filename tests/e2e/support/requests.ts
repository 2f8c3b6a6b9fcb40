import type { BrowserContext } from 'playwright-core';

/** One request as the browser made it: its path, and whether the page or the service worker asked. */
export interface LoggedRequest {
  path: string;
  by: 'page' | 'service worker';
}

/**
 * Logs every request of the context, the page's AND the service worker's (Chromium reports the worker's own
 * fetches, e.g. its precache, on the context with `request.serviceWorker()` set).
 */
export function logRequests(context: BrowserContext): LoggedRequest[] {
  const log: LoggedRequest[] = [];
  context.on('request', (r) =>
    log.push({ path: new URL(r.url()).pathname, by: r.serviceWorker() ? 'service worker' : 'page' }),
  );
  return log;
}

/** Resolves once `log` has not grown for `quietMs` (the service worker's precache and the page's loads are done). */
export async function untilQuiet(
  log: readonly LoggedRequest[],
  quietMs = 2_000,
  maxMs = 30_000,
): Promise<void> {
  const end = Date.now() + maxMs;
  let seen = -1;
  while (seen !== log.length && Date.now() < end) {
    seen = log.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** The catalogue files (`/catalogue/…`) of the log, each as "by: path", in order. */
export const catalogueRequests = (log: readonly LoggedRequest[]): string[] =>
  log.filter((r) => r.path.startsWith('/catalogue/')).map((r) => `${r.by}: ${r.path}`);
