import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LANG_KEY } from '../../src/i18n/index.ts';
import { Layout } from '../../src/ui/common/Layout.tsx';
import { OfferCard } from '../../src/ui/common/OfferCard.tsx';
import { ListScreen } from '../../src/ui/list/ListScreen.tsx';
import { StartScreen } from '../../src/ui/start/StartScreen.tsx';
import { emergencyOffers, makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { memoryStore, renderApp } from '../fixtures/render-app.tsx';

const catalogue = makeCatalogue([...emergencyOffers(), makeOffer({ areas: ['kaufbeuren'] })]);
const page = (
  <Layout onExit={() => undefined}>
    <StartScreen />
  </Layout>
);

afterEach(() => {
  localStorage.clear();
  document.documentElement.setAttribute('lang', 'de');
  document.documentElement.setAttribute('dir', 'ltr');
});

describe('the language chooser', () => {
  it('names every language in itself, marked with its lang, and switches the screen and <html>', async () => {
    const { language } = await renderApp(page, { catalogue, storage: localStorage });
    await language?.start('', []);
    // Drawn twice (sticky bar and nav row); CSS shows one of them.
    const [select] = screen.getAllByRole<HTMLSelectElement>('combobox', { name: 'Sprache wählen' });
    if (!select) throw new Error('no language chooser');
    const options = [...select.options].map((o) => `${o.lang}:${o.textContent}`);
    expect(options).toContain('tr:Türkçe');
    expect(options).toContain('ar:العربية');
    expect(options).toContain('de-x-ls:Leichte Sprache');
    fireEvent.change(select, { target: { value: 'en' } });
    expect(await screen.findByRole('link', { name: /^Find help/ }, { timeout: 5000 })).toBeTruthy();
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    // Not yet checked by a native speaker: said in English, at the end of the page.
    expect(await screen.findByText(/native speaker/)).toBeTruthy();
  });

  it('Arabic turns the page right to left', async () => {
    const { language } = await renderApp(page, { catalogue, storage: localStorage });
    await language?.choose('ar');
    await waitFor(() => expect(document.documentElement.getAttribute('dir')).toBe('rtl'));
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
  });
});

describe('the browser-language offer', () => {
  it('offers Turkish in Turkish with yes and no, and switches only on yes', async () => {
    const { language } = await renderApp(page, { catalogue, storage: localStorage });
    await language?.start('', ['tr-TR', 'de']);
    const offer = await screen.findByText(/Lotse.*Türkçe/, { selector: 'p' }, { timeout: 5000 });
    expect(offer.getAttribute('lang')).toBe('tr');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Hilfe finden, die zu Ihrer Familie passt',
    );
    expect(localStorage.getItem(LANG_KEY)).toBeNull();
    const buttons = offer.querySelectorAll('button');
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[0] as HTMLButtonElement);
    await waitFor(() => expect(document.documentElement.getAttribute('lang')).toBe('tr'));
    expect(localStorage.getItem(LANG_KEY)).toBe('tr');
    expect(screen.queryByText(/Lotse.*Türkçe/, { selector: 'p' })).toBeNull();
  });

  it('"stay German" keeps German, is remembered, and the offer goes away', async () => {
    const { language } = await renderApp(page, { catalogue, storage: localStorage });
    await language?.start('', ['en-GB']);
    const no = await screen.findByRole('button', { name: /German/ }, { timeout: 5000 });
    fireEvent.click(no);
    await waitFor(() => expect(screen.queryByRole('button', { name: /German/ })).toBeNull());
    expect(localStorage.getItem(LANG_KEY)).toBe('de');
    expect(document.documentElement.getAttribute('lang')).toBe('de');
  });

  it('says nothing when German comes first among the browser languages', async () => {
    const { language } = await renderApp(page, { catalogue, storage: localStorage });
    await language?.start('', ['de-DE', 'en']);
    await screen.findByRole('heading', { name: /Lotse kennt/ });
    expect(screen.queryByText(/Lotse is also|Lotse gibt es auch/)).toBeNull();
  });
});

describe('what an offer is, outside German', () => {
  it('a result card says what it is (category and first topics) in its one line; German cards name the category only', async () => {
    const offer = makeOffer({ areas: ['kaufbeuren'], languages: ['de', 'tr'] });
    const { language } = await renderApp(<OfferCard offer={offer} catalogue={catalogue} compact />, {
      catalogue,
      storage: localStorage,
    });
    const meta = () => document.querySelector('.card__meta')?.textContent ?? '';
    expect(meta()).not.toContain(':');
    await language?.choose('en');
    await waitFor(() => expect(meta()).toMatch(/^Parenting and family counselling: Parenting · /), {
      timeout: 5000,
    });
    expect(document.querySelector('.what-this-is')).toBeNull();
  }, 10_000);

  it('a full card and the offer page add the line with the languages the service speaks', async () => {
    const offer = makeOffer({ areas: ['kaufbeuren'], languages: ['de', 'tr'] });
    const { language } = await renderApp(<OfferCard offer={offer} catalogue={catalogue} />, {
      catalogue,
      storage: localStorage,
    });
    expect(document.querySelector('.what-this-is')).toBeNull();
    await language?.choose('en');
    const line = await screen.findByText(/^Parenting and family counselling: /, {}, { timeout: 5000 });
    expect(line.textContent).toBe('Parenting and family counselling: Parenting. Speaks: German, Turkish');
  }, 10_000);
});

describe('a shared list carries the language', () => {
  it('the share link names the language shown (German needs none)', async () => {
    const a = makeOffer({ id: 'a', name: 'Angebot A' });
    const { language } = await renderApp(<ListScreen />, {
      catalogue: makeCatalogue([a]),
      url: '/list',
      store: memoryStore(['a']),
      storage: localStorage,
    });
    const share = () => document.querySelector('a[href^="/list?ids="]')?.getAttribute('href');
    await waitFor(() => expect(share()).toBe('/list?ids=a'));
    await language?.choose('ar');
    await waitFor(() => expect(share()).toBe('/list?ids=a&lang=ar'), { timeout: 5000 });
  });
});
