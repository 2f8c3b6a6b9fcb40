import type { Page } from 'playwright-core';
import { LotsePage } from '../pages/lotse.ts';
import { type Texts, textIs } from './texts.ts';

/**
 * Every screen and state a family can reach by URL, each with the selector of what makes it complete, in the
 * texts of the language it is opened in.
 */
export const SCREENS: { path: string; ready: (t: Texts['t']) => string }[] = [
  { path: '/', ready: () => '#summary-heading' },
  {
    path: '/results?region=ostallgaeu&stage=baby-0-1&topics=crying',
    ready: () => 'main .koki a[href^="tel:"]',
  },
  { path: '/results?q=hebamme', ready: (t) => `main h2${textIs(t('results.whereTitle'))}` },
  {
    path: '/results?q=mein%20mann%20schl%C3%A4gt%20mich&region=kaufbeuren',
    ready: () => 'main .danger-block a[href^="tel:"]',
  },
  { path: '/results?q=%F0%9F%98%80&region=mars&topics=nope', ready: () => 'main p.notice' },
  { path: '/offer/koki-ostallgaeu', ready: () => 'main a[href^="tel:"]' },
  { path: '/offer/familienstuetzpunkt-buchloe', ready: (t) => `main button${textIs(t('offer.save'))}` },
  { path: '/offer/gibt-es-nicht', ready: (t) => `h1${textIs(t('offer.notFoundTitle'))}` },
  { path: '/list', ready: (t) => `main p${textIs(t('list.empty'))}` },
  { path: '/list?ids=koki-ostallgaeu,notruf-112,gibt-es-nicht', ready: () => 'main p.notice' },
  { path: '/help-now', ready: () => 'main a[href="tel:112"]' },
  { path: '/datenschutz', ready: () => 'main button' },
  { path: '/impressum', ready: (t) => `h1${textIs(t('legal.imprintTitle'))}` },
  { path: '/quellen', ready: (t) => `h1${textIs(t('legal.creditsTitle'))}` },
  { path: '/barrierefreiheit', ready: (t) => `h1${textIs(t('a11yStatement.title'))}` },
  { path: '/gibt-es-nicht', ready: (t) => `h1${textIs(t('notFound.title'))}` },
];

/**
 * Opens a path in the language of `texts` (through `?lang=`) and waits until the page speaks it: `<html lang>` is
 * set and `ready` (a selector, built from that language's texts where it names text) is there.
 */
export async function openIn(page: Page, baseUrl: string, texts: Texts, path: string, ready: string) {
  await new LotsePage(page, baseUrl, texts).goto(path);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, texts.lang);
  await page.locator(ready).first().waitFor();
}
