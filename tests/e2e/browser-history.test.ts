import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 640 };

/** Issue 24: the browser's history, which Lotse cannot delete, is said where a person in danger looks (360×640). */
describe('what the browser keeps', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession({ viewport: PHONE });
  });

  afterEach(async () => {
    await session.close();
  });

  it('help-now, as served (before the app wakes), ends with the private-window line, under every call', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/help-now`);
    const line = page.locator('main .help-now__private');
    await line.waitFor();
    expect(await page.locator('#app').getAttribute('data-live')).toBeNull();
    expect(await line.textContent()).toContain('privaten Fenster');
    const lineTop = (await line.boundingBox())?.y ?? 0;
    expect(lineTop).toBeGreaterThan(PHONE.height);
    const callBottoms = await page
      .locator('main a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().bottom));
    expect(Math.max(...callBottoms)).toBeLessThanOrEqual(lineTop);
  });

  it("help-now's link opens the privacy page at its section on the history, in view", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/help-now`);
    await page.locator('main .help-now__private a').click();
    await page.waitForURL(`${baseUrl}/datenschutz#browser-history`);
    const heading = page.getByRole('heading', { level: 2, name: 'Was Ihr Browser behält' });
    await heading.waitFor();
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())?.y).toBeLessThan(PHONE.height);
    expect(session.errors).toEqual([]);
  });
});
