import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/index.ts';
import { HelpNowScreen } from '../../src/ui/help/HelpNowScreen.tsx';
import { PrivacyScreen } from '../../src/ui/legal/PrivacyScreen.tsx';
import { renderApp } from '../fixtures/render-app.tsx';

/**
 * Issue 24: what Lotse cannot delete. The browser's history keeps which Lotse pages were opened; the privacy page, the
 * confirmation after „Alles löschen“ and help-now say so in every language, and how to use a private window.
 */

type Texts = Record<string, string | Record<string, string>>;
const DIR = path.resolve(import.meta.dirname, '../../src/i18n/locales');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
const legalOf = (code: string): Texts => read(`${code}.legal.json`).legal;
const mainOf = (code: string) => read(`${code}.json`);
const historyOf = (code: string): Record<string, string> =>
  (legalOf(code).history as Record<string, string> | undefined) ?? {};

const HISTORY_KEYS = [
  'heading',
  'text',
  'exit',
  'private',
  'privateAndroid',
  'privateIphone',
  'clear',
  'clearAndroid',
  'clearIphone',
  'helpNow',
  'helpNowLink',
] as const;
/** The texts drawn as they are (no variables), so each is found on the page by its whole text. */
const PLAIN = HISTORY_KEYS.filter((k) => !/text|exit|helpNow/.test(k));
const codes = LANGUAGES.map((l) => l.code);
const others = codes.filter((c) => c !== 'de');

afterEach(() => {
  localStorage.clear();
  document.documentElement.setAttribute('lang', 'de');
  document.documentElement.setAttribute('dir', 'ltr');
});

/** Renders a screen in a language (its legal part loads with the screen) and waits for its heading in that language. */
async function renderIn(code: string, screenNode: preact.ComponentChildren, title: string) {
  const { language } = await renderApp(screenNode, { storage: localStorage });
  if (code !== 'de') await language?.choose(code);
  if (code !== 'de') await waitFor(() => expect(document.documentElement.getAttribute('lang')).toBe(code));
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
}

describe('the texts on the browser history, in every language', () => {
  it.each(others)('%s: has every new text, not empty and not the German one', (code) => {
    const german = historyOf('de');
    const own = historyOf(code);
    for (const key of HISTORY_KEYS) {
      expect(own[key], `${code} legal.history.${key}`).toBeTruthy();
      expect(own[key], `${code} legal.history.${key}`).not.toBe(german[key]);
    }
    for (const key of ['deletedHistory', 'privacyAnswers', 'storedDeleteNote'] as const) {
      expect(legalOf(code)[key], `${code} legal.${key}`).toBeTruthy();
      expect(legalOf(code)[key], `${code} legal.${key}`).not.toBe(legalOf('de')[key]);
    }
  });

  it('says in German that the address holds nothing, what the history shows, and how to avoid and clear it', () => {
    const legal = legalOf('de');
    const history = historyOf('de');
    expect(legal.privacyAnswers).toContain('nicht in der Adresse');
    expect(legal.privacyAnswers).not.toMatch(/außer als Teil der Adresse/);
    expect(history.text).toMatch(/Verlauf.*Lotse nicht löschen/);
    expect(history.private).toContain('privaten Fenster');
    expect(history.privateAndroid).toContain('„Neuer Inkognito-Tab“');
    expect(history.privateIphone).toContain('„Privat“');
    expect(history.clearAndroid).toContain('„Verlauf“ → „Browserdaten löschen“');
    expect(history.clearIphone).toContain(
      'Einstellungen → Apps → Safari → „Verlauf und Websitedaten löschen“',
    );
    expect(history.clearIphone).toContain('vor iOS 18: Einstellungen → Safari');
    expect(history.exit).toMatch(/\{\{exit\}\}.*löscht den Verlauf aber nicht/);
  });

  it('„Alles löschen“ is said to delete the language choice too, in every language (as stored-data.ts does)', () => {
    expect(legalOf('de').storedDeleteNote).toContain('Ihre Wahl der Sprache');
    expect(legalOf('de-x-ls').storedDeleteNote).toContain('Die Sprache, die Sie gewählt haben');
    expect(legalOf('en').storedDeleteNote).toContain('your choice of language');
    for (const code of codes) {
      const note = legalOf(code).storedDeleteNote as string;
      const language = (legalOf(code).deletedItem as Record<string, string>).language ?? '';
      // The note names the language item, in the words of that language (its stem, as the grammar may inflect it).
      const stem =
        {
          de: 'Sprache',
          'de-x-ls': 'Sprache',
          en: 'language',
          tr: 'dil',
          ar: 'للغة',
          uk: 'мови',
          ru: 'языка',
          pl: 'języka',
          ro: 'limba',
        }[code] ?? '';
      expect(stem, code).not.toBe('');
      expect(note, code).toContain(stem);
      expect(language, code).toContain(stem);
    }
  });
});

describe('the privacy page in every language', () => {
  it.each(codes)('%s: has the section on what the browser keeps, after „Alles löschen“', async (code) => {
    const history = historyOf(code);
    await renderIn(code, <PrivacyScreen />, legalOf(code).privacyTitle as string);
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: history.heading },
      { timeout: 5000 },
    );
    expect(heading.id).toBe('browser-history');
    for (const key of PLAIN.filter((k) => k !== 'heading' && k !== 'helpNowLink')) {
      expect(screen.getByText(history[key] ?? `missing ${key}`), key).toBeTruthy();
    }
    const example = `${mainOf(code).helpNow.title} – Lotse`;
    expect(screen.getByText(new RegExp(example.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).textContent).toBe(
      (history.text ?? '').replace('{{example}}', example),
    );
    const exit = (history.exit ?? '').replace('{{exit}}', mainOf(code).exit.label);
    expect(screen.getByText(exit)).toBeTruthy();
    expect(screen.getByText(legalOf(code).privacyAnswers as string)).toBeTruthy();
    expect(screen.getByText(legalOf(code).storedDeleteNote as string)).toBeTruthy();
    // Where „Alles löschen“ is: the section follows the button, so its confirmation points just below.
    const button = screen.getByRole('button');
    expect(button.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the private window, Inkognito and the history in German', async () => {
    await renderIn('de', <PrivacyScreen />, 'Datenschutzerklärung');
    const section = await screen.findByRole('heading', { level: 2, name: 'Was Ihr Browser behält' });
    expect(document.body.textContent).toContain('privaten Fenster');
    expect(document.body.textContent).toContain('Inkognito');
    expect(section.nextElementSibling?.textContent).toContain('„Sofort Hilfe – Lotse“');
    expect(document.body.textContent).toContain(
      'Der Knopf „Seite schnell verlassen“ verlässt Lotse sofort, löscht den Verlauf aber nicht.',
    );
  });
});

describe('the confirmation after „Alles löschen“', () => {
  it.each(codes)('%s: says that the browser history is not touched, with a link to how', async (code) => {
    const legal = legalOf(code);
    await renderIn(code, <PrivacyScreen />, legal.privacyTitle as string);
    fireEvent.click(await screen.findByRole('button', { name: legal.deleteAll as string }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain(legal.deletedHistory as string));
    const link = status.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#browser-history');
    expect(link?.textContent).toBe(historyOf(code).heading);
  });

  it('says in German that the history is not touched, after naming the language choice as deleted', async () => {
    localStorage.setItem('lotse.lang', 'de');
    await renderIn('de', <PrivacyScreen />, 'Datenschutzerklärung');
    fireEvent.click(await screen.findByRole('button', { name: /^Alles löschen/ }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Ihre Wahl der Sprache'));
    expect(status.textContent).toContain('Den Verlauf Ihres Browsers');
    expect(status.textContent).toContain('berührt das nicht');
  });
});

describe('help-now in every language', () => {
  it.each(codes)('%s: one line on the private window, after every number', async (code) => {
    const history = historyOf(code);
    await renderIn(code, <HelpNowScreen />, mainOf(code).helpNow.title);
    const line = await screen.findByText(
      history.helpNow ?? 'missing helpNow',
      { exact: false },
      { timeout: 5000 },
    );
    const link = line.querySelector('a');
    expect(link?.textContent).toBe(history.helpNowLink);
    expect(link?.getAttribute('href')).toBe('/datenschutz#browser-history');
    const calls = [...document.querySelectorAll('a[href^="tel:"]')];
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('says it calmly in German: a private window, else the history shows this page', async () => {
    await renderIn('de', <HelpNowScreen />, 'Sofort Hilfe');
    const line = await screen.findByText(/privaten Fenster/);
    expect(line.textContent).toContain('Verlauf');
    expect(line.textContent).toContain('diese Seite geöffnet');
  });
});
