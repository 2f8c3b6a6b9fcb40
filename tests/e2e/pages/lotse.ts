import type { Locator, Page } from 'playwright-core';
import { type Texts, texts as textsOf, withLang } from '../support/texts.ts';

/** The parts every screen has: header links, quick exit, the single h1. */
/**
 * The address of the results screen as the app writes it: the screen and at most the language, never the search,
 * the answers or the chosen topics (src/ui/common/private-address.ts).
 */
export const RESULTS_ADDRESS = /\/results(\?lang=[a-z-]+)?$/;

/** The query the current history entry keeps out of the address (this tab's sessionStorage), as parameters. */
export async function hiddenQuery(page: Page): Promise<URLSearchParams> {
  const search = await page.evaluate(() => {
    const id = (history.state as { lotseSearch?: string } | null)?.lotseSearch;
    return id ? (sessionStorage.getItem(`lotse.search.${id}`) ?? '') : '';
  });
  return new URLSearchParams(search);
}

export class LotsePage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    /** The language the page speaks; its texts name the buttons and fields below. */
    readonly texts: Texts = textsOf('de'),
  ) {}

  /** Mouse moves made so far: each goes to a new point, so that the browser reports it. */
  private moves = 0;

  /** Opens a path in the page's language (`?lang=` added outside German). */
  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${withLang(path, this.texts.lang)}`);
    await this.live();
    await this.h1().waitFor();
  }

  /**
   * Waits until the app has drawn or taken over the page: a prerendered page shows its h1 before its buttons work,
   * and wakes the app on first use (src/ui/common/wake-on-use.ts), here a mouse over the page.
   */
  async live(): Promise<void> {
    await this.page.mouse.move(1, 1 + (this.moves++ % 2));
    await this.page.locator('#app[data-live]').waitFor({ state: 'attached' });
  }

  h1(): Locator {
    return this.page.locator('h1');
  }

  /**
   * "Blatt drucken" (a list, a shared list, an offer): puts the print sheet on the page and calls the browser's
   * print, which is stubbed here (headless Chromium holds the page in a print job that page.pdf() cannot join).
   */
  async printSheet(): Promise<Locator> {
    await this.page.emulateMedia({ media: 'screen' });
    const printed = () => Number(document.documentElement.dataset.printed ?? 0);
    const before = await this.page.evaluate(printed);
    await this.page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset.printed = String(
          Number(document.documentElement.dataset.printed ?? 0) + 1,
        );
      };
    });
    await this.page.getByRole('button', { name: this.texts.t('handover.print') }).click();
    const sheet = this.page.locator('.sheet');
    await sheet.locator('svg.qr').first().waitFor({ state: 'attached' });
    await this.page.waitForFunction((n) => Number(document.documentElement.dataset.printed ?? 0) > n, before);
    return sheet;
  }

  async title(): Promise<string> {
    return ((await this.h1().textContent()) ?? '').trim();
  }

  /**
   * Runs a step that navigates inside the app and waits until the next screen's h1 is there. A lazy route keeps the
   * previous screen on display while its chunk loads, so a plain `h1().waitFor()` can read the old heading.
   */
  async nextScreen(step: () => Promise<void>): Promise<void> {
    const before = await this.title();
    await step();
    await this.page.waitForFunction((old) => {
      const text = document.querySelector('h1')?.textContent?.trim();
      return text !== undefined && text !== old;
    }, before);
  }

  helpNowLink(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Schnellzugriff' })
      .getByRole('link', { name: 'Sofort Hilfe' });
  }

  quickExit(): Locator {
    return this.page.getByRole('button', { name: 'Seite schnell verlassen' });
  }

  /** Whether the quick exit lies wholly in the viewport with nothing (a map, a dialog) covering its centre. */
  async quickExitReachable(): Promise<boolean> {
    const box = await this.quickExit().boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) return false;
    const inView =
      box.y >= 0 &&
      box.x >= 0 &&
      box.y + box.height <= viewport.height &&
      box.x + box.width <= viewport.width;
    const onTop = await this.page.evaluate(
      ({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.quick-exit'),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    return inView && onTop;
  }

  async scrollToBottom(): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await this.page.waitForFunction(() => window.scrollY > 0);
  }

  telLinks(): Locator {
    return this.page.locator('main a[href^="tel:"]');
  }
}

/** The questionnaire: one question per screen. */
export class QuestionnairePage extends LotsePage {
  /** From the start page into the first question. */
  async begin(): Promise<void> {
    const name = this.texts.t('start.findHelp');
    await this.nextScreen(() => this.page.getByRole('link', { name }).click());
  }

  async choose(label: string | RegExp): Promise<void> {
    const exact = typeof label === 'string';
    await this.nextScreen(() => this.page.getByRole('button', { name: label, exact }).click());
  }

  async tick(label: string | RegExp): Promise<void> {
    await this.page.getByRole('checkbox', { name: label }).check();
  }

  async place(text: string): Promise<void> {
    await this.page.getByLabel(this.texts.t('questions.placeLabel')).fill(text);
    await this.choose(this.texts.t('questions.next'));
  }

  async skip(): Promise<void> {
    await this.choose(this.texts.t('questions.skip'));
  }

  /** From the first question on: not in danger, this place, a baby under one that cries a lot, no preferred way. */
  async answerBabyCrying(place: string): Promise<void> {
    await this.choose('Nein');
    await this.place(place);
    await this.choose(/Baby unter 1 Jahr/);
    await this.tick(/schreit viel/);
    await this.choose('Weiter');
    await this.skip();
    await this.page.waitForURL(RESULTS_ADDRESS);
  }
}

/** /results: the count, the list of offers, the filters. */
export class ResultsPage extends LotsePage {
  /** The announced count ("… Angebote gefunden."), not the loading line that precedes it. */
  status(): Locator {
    return this.page.locator('main [role="status"]', { hasText: /gefunden/ });
  }

  results(): Locator {
    return this.page.locator('main ul.results > li');
  }

  resultNames(): Promise<string[]> {
    return this.page.locator('main article h2 a').allTextContents();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).fill(text);
    await this.page.getByRole('button', { name: 'Suchen' }).click();
    await this.page.waitForURL(RESULTS_ADDRESS);
    await this.status().waitFor();
  }

  async open(name: string | RegExp): Promise<void> {
    await this.nextScreen(() =>
      this.page.locator('main article h2').getByRole('link', { name }).first().click(),
    );
    await this.page.waitForURL(/\/offer\//);
  }
}

/** /offer/<id>. */
export class OfferPage extends LotsePage {
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Auf meine Liste' }).click();
    await this.page.getByText('Auf Ihrer Liste gespeichert.').waitFor();
  }
}

/** /list and /list?ids=. */
export class ListPage extends LotsePage {
  /** The offers on the list, read once the list has announced its count (not while it is loading). */
  async names(): Promise<string[]> {
    await this.status().waitFor();
    return this.page.locator('main article h2 a').allTextContents();
  }

  status(): Locator {
    return this.page.locator('main [role="status"]', { hasText: /auf der Liste/ });
  }

  /** Saves the offers with these ids through a shared-list link, then shows this device's list. */
  async saveViaLink(ids: string[]): Promise<void> {
    await this.goto(`/list?ids=${ids.join(',')}`);
    const { t } = this.texts;
    await this.page.getByRole('button', { name: t('list.saveShared') }).click();
    await this.page.getByText(t('list.savedAll', { count: ids.length }), { exact: true }).waitFor();
    await this.goto('/list');
  }

  /** Opens the hand-over section and returns the drawn QR code of the list's link. */
  async showQr(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.texts.t('handover.qrShow') }).click();
    const code = this.page.getByRole('img', { name: this.texts.t('handover.qrLabel') });
    await code.waitFor();
    return code;
  }

  /** The drawn QR codes of the contacts as text (several, labelled "1 von N", when the list is long). */
  async contactCodes(): Promise<Locator[]> {
    const codes = this.page.getByRole('img', { name: this.texts.t('handover.qrTextLabel') });
    await codes.first().waitFor();
    return codes.all();
  }

  /** "Als Text teilen": in headless Chromium (no Web Share API) the text goes to the clipboard. */
  async shareAsText(): Promise<void> {
    await this.page.getByRole('button', { name: this.texts.t('handover.shareText') }).click();
    await this.page.getByText(this.texts.t('handover.copied')).waitFor();
  }
}
