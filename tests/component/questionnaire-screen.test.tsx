import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { QuestionnaireScreen } from '../../src/ui/questionnaire/QuestionnaireScreen.tsx';
import { makeCatalogue } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const index = {
  places: [
    { key: 'fussen', name: 'Füssen', region: 'ostallgaeu' },
    { key: '87629', name: 'Füssen', region: 'ostallgaeu' },
    { key: 'kaufbeuren', name: 'Kaufbeuren', region: 'kaufbeuren' },
  ],
};

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('QuestionnaireScreen', () => {
  it('starts with the safety question and shows progress', async () => {
    await renderApp(<QuestionnaireScreen />, { catalogue: makeCatalogue([]), index, url: '/questions' });
    expect(heading()).toBe('Sind Sie oder Ihr Kind gerade in Gefahr?');
    expect(screen.getByText(/^Frage 1 von \d$/)).toBeTruthy();
  });

  it('can skip and go back on every step, and keeps answers in memory only', async () => {
    const { state } = await renderApp(<QuestionnaireScreen />, {
      catalogue: makeCatalogue([]),
      index,
      url: '/questions',
    });
    screen.getByRole('button', { name: 'Nein' }).click();
    await waitFor(() => expect(heading()).toBe('Wo wohnen Sie?'));
    screen.getByRole('button', { name: 'Überspringen' }).click();
    await waitFor(() => expect(heading()).toBe('Wer braucht Hilfe?'));
    screen.getByRole('button', { name: 'Zurück' }).click();
    await waitFor(() => expect(heading()).toBe('Wo wohnen Sie?'));
    expect(state.answers.value).toEqual({});
    expect(window.location.pathname).toBe('/questions');
  });

  it('resolves a typed place with a typo to its region', async () => {
    const { state } = await renderApp(<QuestionnaireScreen />, {
      catalogue: makeCatalogue([]),
      index,
      url: '/questions',
    });
    screen.getByRole('button', { name: 'Nein' }).click();
    const input = await screen.findByLabelText('Ort oder Postleitzahl');
    (input as HTMLInputElement).value = 'Fuessen';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    screen.getByRole('button', { name: 'Weiter' }).click();
    await waitFor(() => expect(state.answers.value.region).toBe('ostallgaeu'));
  });
});
