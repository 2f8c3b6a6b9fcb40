import type { Locator, Page } from 'playwright-core';
import { LotsePage } from './lotse.ts';

/** The start screen as a user and a screen reader meet it. */
export class StartPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the start page and uses it (the app wakes on first use), so that what is checked is the live app. */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await new LotsePage(this.page, this.baseUrl).live();
    await this.summary().waitFor();
  }

  headings(level: number): Locator {
    return this.page.locator(`h${level}`);
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Wonach suchen Sie?' });
  }

  summary(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /Lotse kennt \d+ Angebote?\./ });
  }

  emergencyLinks(): Locator {
    return this.page.locator('.emergency a[href^="tel:"]');
  }

  footerLink(name: string): Locator {
    return this.page.getByRole('contentinfo').getByRole('link', { name });
  }
}
