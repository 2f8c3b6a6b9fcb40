import type { Locator } from 'playwright-core';
import { LotsePage } from './lotse.ts';

/** One offer's page, /offer/<id>. */
export class OfferPage extends LotsePage {
  async open(id: string): Promise<void> {
    await this.goto(`/offer/${id}`);
  }

  /** Every way to reach them the contact section offers: call, write, or a website marked as needing internet. */
  reachLinks(): Locator {
    return this.page
      .getByRole('region', { name: 'Kontakt' })
      .locator('a[href^="tel:"], a[href^="mailto:"], a:has-text("nur mit Internet")');
  }

  /** Whether a locator's element lies wholly inside the viewport as first shown, without scrolling. */
  async onFirstScreen(locator: Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    const viewport = this.page.viewportSize();
    return !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height;
  }
}
