import { cleanup, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadMatchingData } from '../../scripts/lib/load-offers.ts';
import { readReference } from '../../scripts/lib/read-data.ts';
import type { Offer } from '../../src/catalogue/index.ts';
import { buildSearchIndex, packIndex } from '../../src/matching/index.ts';
import { QuestionnaireScreen } from '../../src/ui/questionnaire/QuestionnaireScreen.tsx';
import { ResultsScreen } from '../../src/ui/results/ResultsScreen.tsx';
import { makeCatalogue, makeOffer, makePackedIndex } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const index = makePackedIndex({
  places: [
    { key: 'fussen', name: 'Füssen', region: 'ostallgaeu' },
    { key: '87629', name: 'Füssen', region: 'ostallgaeu' },
    { key: 'kaufbeuren', name: 'Kaufbeuren', region: 'kaufbeuren' },
  ],
});

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

/** Taps a button and waits for the next question. */
async function tap(button: string, next: string): Promise<void> {
  screen.getByRole('button', { name: button }).click();
  await waitFor(() => expect(heading()).toBe(next));
}

/** The questionnaire on an empty catalogue, at its first question. */
const openQuestions = () =>
  renderApp(<QuestionnaireScreen />, { catalogue: makeCatalogue([]), index, url: '/questions' });

describe('QuestionnaireScreen', () => {
  it('starts with the safety question and shows progress', async () => {
    await renderApp(<QuestionnaireScreen />, { catalogue: makeCatalogue([]), index, url: '/questions' });
    expect(heading()).toBe('Sind Sie oder Ihr Kind gerade in Gefahr?');
    expect(screen.getByText(/^Frage 1 von \d$/)).toBeTruthy();
  });

  it('can skip and go back on every step, and keeps answers in memory only', async () => {
    const { state } = await openQuestions();
    await tap('Nein', 'Wo wohnen Sie?');
    await tap('Überspringen', 'Wer braucht Hilfe?');
    await tap('Zurück', 'Wo wohnen Sie?');
    expect(state.answers.value).toEqual({ safety: 'no' });
    expect(window.location.pathname).toBe('/questions');
  });

  it('after "Fachkraft" asks the family’s stage in the family’s words, then speaks about the family', async () => {
    const { state } = await openQuestions();
    await tap('Nein', 'Wo wohnen Sie?');
    await tap('Überspringen', 'Wer braucht Hilfe?');
    await tap('Ich frage als Fachkraft für eine Familie', 'Was trifft auf die Familie zu?');
    expect(screen.queryByRole('button', { name: /Fachkraft/ })).toBeNull();
    await tap('Die Familie hat ein Baby unter 1 Jahr', 'Worum geht es bei der Familie?');
    expect(
      screen.getByRole('checkbox', { name: 'Das Baby der Familie schreit viel oder schläft schlecht' }),
    ).toBeTruthy();
    expect(state.answers.value).toEqual({ safety: 'no', professional: true, stage: 'baby' });
  });

  it('in a home visit asks about the family from the first question on', async () => {
    const { state } = await openQuestions();
    state.visit.value = 'on';
    await waitFor(() => expect(heading()).toBe('Ist die Familie oder ihr Kind gerade in Gefahr?'));
    await tap('Nein', 'Wo wohnt die Familie?');
    expect(screen.getByText(/für den Wohnort der Familie zuständig/)).toBeTruthy();
  });

  it('resolves a typed place with a typo to its region', async () => {
    const { state } = await openQuestions();
    screen.getByRole('button', { name: 'Nein' }).click();
    const input = await screen.findByLabelText('Ort oder Postleitzahl');
    (input as HTMLInputElement).value = 'Fuessen';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    screen.getByRole('button', { name: 'Weiter' }).click();
    await waitFor(() => expect(state.answers.value.place).toEqual({ region: 'ostallgaeu', text: 'Füssen' }));
  });
});

describe('the professional answer', () => {
  const wide = { areas: ['deutschland'] as Offer['areas'], service_areas: ['deutschland'] };
  const offers = [
    makeOffer({ id: 'for-parents', name: 'Elterntelefon', ...wide }),
    makeOffer({
      id: 'for-professionals',
      name: 'Fallberatung für Fachkräfte',
      audiences: ['professionals'],
      ...wide,
    }),
    ...Array.from({ length: 4 }, (_, i) => makeOffer({ id: `local-${i}` })),
  ];
  const { regions, taxonomy } = readReference();
  const catalogue = makeCatalogue(offers, { regions, taxonomy });
  const packed = JSON.parse(JSON.stringify(packIndex(buildSearchIndex({ offers, ...loadMatchingData() }))));
  const names = () => [...document.querySelectorAll('ul.results h2')].map((h) => h.textContent);

  /** The names of the offers /results lists for this URL, on a fresh screen. */
  async function results(url: string): Promise<string[]> {
    cleanup();
    await renderApp(<ResultsScreen />, { catalogue, index: packed, url });
    await screen.findByText(/gefunden\./, {}, { timeout: 5000 });
    return names();
  }

  it('reaches the results URL as audience=professionals and changes the results', async () => {
    await renderApp(<QuestionnaireScreen />, { catalogue, index, url: '/questions' });
    await tap('Nein', 'Wo wohnen Sie?');
    await tap('Überspringen', 'Wer braucht Hilfe?');
    await tap('Ich frage als Fachkraft für eine Familie', 'Was trifft auf die Familie zu?');
    await tap('Überspringen', 'Worum geht es bei der Familie?');
    await tap('Überspringen', 'Wie möchte die Familie Hilfe bekommen?');
    screen.getByRole('button', { name: 'Überspringen' }).click();
    await waitFor(() => expect(window.location.pathname).toBe('/results'));
    const url = `/results${window.location.search}`;
    expect(url).toBe('/results?audience=professionals');
    expect(await results(url)).toContain('Fallberatung für Fachkräfte');
    expect(await results('/results')).not.toContain('Fallberatung für Fachkräfte');
  }, 20_000);
});
