import type { BrowserContext, Page } from 'playwright-core';
import { launchFresh } from '../../../scripts/lib/chromium.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close: () => Promise<void>;
}

/** Real Debian Chromium with a fresh profile (so a real service worker and IndexedDB), logging requests and errors. */
export async function openSession(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Session> {
  const { context, close } = await launchFresh({
    viewport: options.viewport ?? { width: 360, height: 800 },
    locale: options.locale ?? 'de-DE',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await close();
    },
  };
}
