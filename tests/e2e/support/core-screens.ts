import type { Page } from 'playwright-core';

/** The four screens a family in trouble relies on, each with the selector (in no language) of what makes it complete. */
export const CORE_SCREENS: { name: string; path: string; ready: string }[] = [
  { name: 'start', path: '/', ready: '#summary-heading' },
  {
    name: 'results',
    path: '/results?region=ostallgaeu&stage=baby-0-1&topics=crying',
    ready: 'main .koki a[href^="tel:"]',
  },
  { name: 'offer', path: '/offer/koki-ostallgaeu', ready: 'main a[href^="tel:"]' },
  { name: 'help-now', path: '/help-now', ready: 'main a[href="tel:112"]' },
];

/** How many CSS pixels the page is wider than the viewport (> 0: it scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
