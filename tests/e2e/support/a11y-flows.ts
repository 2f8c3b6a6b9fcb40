import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { hiddenQuery, QuestionnairePage, RESULTS_ADDRESS } from '../pages/lotse.ts';
import { type Texts, textIs } from './texts.ts';

/** Opens the start page in the language of `texts` and waits until its heading speaks it. */
async function openStart(q: QuestionnairePage): Promise<void> {
  await q.goto('/');
  await q.page.locator(`h1${textIs(q.texts.t('start.title'))}`).waitFor();
}

/** The focused element's accessible name, as far as a label, aria-label or text gives it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
    return (el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '').trim();
  });
}

/** The longest fixed part of a text with `{{variables}}`: what every filled-in copy of it contains. */
const fixedPart = (template: string) =>
  template
    .split(/\{\{\w+\}\}/)
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0] ?? template;

/**
 * Start, every questionnaire step, results and a call link by keyboard alone, in the language of `texts` (the
 * start page opened with its `?lang=`); checks that focus moves to <main> on each new screen.
 */
export async function keyboardJourney(page: Page, baseUrl: string, texts: Texts): Promise<void> {
  const { t, option } = texts;
  const keys = page.keyboard;
  const q = new QuestionnairePage(page, baseUrl, texts);
  /** Presses Tab until the focused element's name passes the test; fails if it never does. */
  const tabTo = async (what: string, test: (name: string) => boolean) => {
    const passed: string[] = [];
    for (let i = 0; i < 40; i++) {
      await keys.press('Tab');
      passed.push(await focusedName(page));
      if (test(passed[passed.length - 1] ?? '')) return;
    }
    throw new Error(`Tab never reached ${what} on ${await q.title()}, only ${passed.join(' | ')}`);
  };
  const is = (text: string) => (name: string) => name === text;
  const startsWith = (text: string) => (name: string) => name.startsWith(text);
  const has = (text: string) => (name: string) => name.includes(text);
  /**
   * Waits until focus reaches <main> (moved there after the new screen renders). No short timeout of its own: on a
   * loaded machine the move can take longer than a few seconds, and a focus that never moves still fails the test.
   */
  const focusOnMain = (after: string) =>
    page
      .waitForFunction(() => document.activeElement?.id === 'main')
      .catch((error: Error) => {
        throw new Error(`focus did not move to <main> after ${after}: ${error.message}`);
      });

  await openStart(q);
  await tabTo('find help', startsWith(t('start.findHelp')));
  await q.nextScreen(() => keys.press('Enter'));
  await focusOnMain('find help');
  await tabTo('no danger', is(option('safety', 'no')));
  await q.nextScreen(() => keys.press('Enter'));
  await focusOnMain('no danger');
  await tabTo('place field', startsWith(t('questions.placeLabel')));
  await keys.type('Marktoberdorf');
  await q.nextScreen(() => keys.press('Enter'));
  await tabTo('baby', has(option('stage', 'baby')));
  await q.nextScreen(() => keys.press('Enter'));
  await tabTo('crying', has(option('topics', 'crying-sleep')));
  await keys.press('Space');
  await tabTo('next', is(t('questions.next')));
  await q.nextScreen(() => keys.press('Enter'));
  await tabTo('skip', is(t('questions.skip')));
  await q.nextScreen(() => keys.press('Enter'));
  await page.waitForURL(RESULTS_ADDRESS);
  expect((await hiddenQuery(page)).get('topics')).toContain('crying');
  await focusOnMain('skip');
  await tabTo('a call link', has(fixedPart(t('offer.callLabel'))));
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^tel:/);
}

/**
 * Walks the questionnaire to its last step in the language of `texts` (not in danger, Marktoberdorf, a baby that
 * cries a lot) and calls `check` on each of the five screens it passes.
 */
export async function questionnaireSteps(
  page: Page,
  baseUrl: string,
  texts: Texts,
  check: (title: string) => Promise<void>,
): Promise<void> {
  const { t, option } = texts;
  const q = new QuestionnairePage(page, baseUrl, texts);
  await openStart(q);
  await q.begin();
  await check(await q.title());
  await q.choose(option('safety', 'no'));
  await page.getByLabel(t('questions.placeLabel')).fill('Marktob');
  await check(await q.title());
  await q.place('Marktoberdorf');
  await check(await q.title());
  await q.choose(option('stage', 'baby'));
  await q.tick(option('topics', 'crying-sleep'));
  await check(await q.title());
  await q.choose(t('questions.next'));
  await check(await q.title());
}
