import fs from 'node:fs';
import type { Locator } from 'playwright-core';
import { LotsePage } from './lotse.ts';

/** The matrix as a reader sees it: column headers, and per row its header and its cells' texts. */
export interface TableText {
  columns: string[];
  rows: { topic: string; cells: string[] }[];
}

/** /network: the coordinators' overview. */
export class NetworkPage extends LotsePage {
  /** Opens the overview for a region and waits until the matrix is drawn (texts and catalogue loaded). */
  async open(region?: string): Promise<void> {
    await this.goto(region ? `/network?region=${region}` : '/network');
    await this.matrix().waitFor();
  }

  matrix(): Locator {
    return this.page.locator('table.network__matrix');
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  async table(): Promise<TableText> {
    return this.matrix().evaluate((table: HTMLTableElement) => ({
      columns: [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent?.trim() ?? ''),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
        topic: tr.querySelector('th')?.textContent?.trim() ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
      })),
    }));
  }

  /** Clicks a download link and returns the file's raw text (BOM included) and its suggested name. */
  async download(name: string | RegExp): Promise<{ text: string; file: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name }).click(),
    ]);
    const path = await download.path();
    return { text: fs.readFileSync(path, 'utf8'), file: download.suggestedFilename() };
  }
}
