import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { Route, Router } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelpNowScreen } from '../../src/ui/help/HelpNowScreen.tsx';
import { OfferScreen } from '../../src/ui/offer/OfferScreen.tsx';
import { emergencyOffers, makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

/** What the app uses of a voice: its language tag. */
type Voice = { lang: string; name: string };

/** The browser's speechSynthesis, faked: voices set by the test, a record of what was spoken and cancelled. */
class FakeSynthesis extends EventTarget {
  voices: Voice[] = [];
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listeners--;
    super.removeEventListener(...args);
  }
  getVoices(): Voice[] {
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {
    this.cancelled++;
  }
  /** New voices arrive, as they do in Chromium some time after the page loads. */
  arrive(voices: Voice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

class FakeUtterance {
  lang = '';
  voice: Voice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

const GERMAN: Voice = { lang: 'de-DE', name: 'Anna' };
const ENGLISH: Voice = { lang: 'en-US', name: 'Samantha' };

const offer = makeOffer({
  id: 'schreiambulanz',
  name: 'Schreiambulanz Kaufbeuren',
  description: 'Beratung, wenn Ihr Baby viel schreit.',
});
const offerPage = async () =>
  renderApp(
    <Router>
      <Route path="/offer/:id" component={OfferScreen} />
      <Route default component={() => <p>elsewhere</p>} />
    </Router>,
    { catalogue: makeCatalogue([offer]), url: '/offer/schreiambulanz' },
  );
const startButton = () => screen.queryByRole('button', { name: 'Vorlesen' });

let synth: FakeSynthesis;

beforeEach(() => {
  synth = new FakeSynthesis();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  document.documentElement.lang = 'de';
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
});

describe('ReadAloud ("Vorlesen")', () => {
  it('reads the offer page’s name and description with a voice of the page language, and stops on request', async () => {
    synth.voices = [ENGLISH, GERMAN];
    await offerPage();
    fireEvent.click(startButton() as HTMLElement);
    const [utterance] = synth.spoken;
    expect(utterance?.text).toContain('Schreiambulanz Kaufbeuren');
    expect(utterance?.text).toContain('Beratung, wenn Ihr Baby viel schreit.');
    expect(utterance?.text).not.toContain('Vorlesen');
    expect(utterance?.voice).toBe(GERMAN);
    expect(utterance?.lang).toBe('de-DE');
    const stop = screen.getByRole('button', { name: 'Vorlesen beenden' });
    const before = synth.cancelled;
    fireEvent.click(stop);
    expect(synth.cancelled).toBeGreaterThan(before);
    expect(startButton()).toBeTruthy();
  });

  it('says "Vorlesen" again when the voice has finished', async () => {
    synth.voices = [GERMAN];
    await offerPage();
    fireEvent.click(startButton() as HTMLElement);
    act(() => synth.spoken[0]?.onend?.());
    expect(startButton()).toBeTruthy();
  });

  it('is hidden without any voice, and appears when a voice for the language arrives later', async () => {
    await offerPage();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(startButton()).toBeNull();
    await waitFor(() => expect(synth.listeners).toBe(1));
    act(() => synth.arrive([GERMAN]));
    expect(startButton()).toBeTruthy();
  });

  it('is hidden when the browser only has voices for other languages', async () => {
    synth.voices = [ENGLISH];
    await offerPage();
    expect(startButton()).toBeNull();
  });

  it('is hidden when the browser has no speech synthesis at all', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    Reflect.deleteProperty(globalThis, 'speechSynthesis');
    await offerPage();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(startButton()).toBeNull();
  });

  it('reads Leichte Sprache (de-x-ls) with a German voice', async () => {
    document.documentElement.lang = 'de-x-ls';
    synth.voices = [ENGLISH, GERMAN];
    await offerPage();
    fireEvent.click(startButton() as HTMLElement);
    expect(synth.spoken[0]?.voice).toBe(GERMAN);
  });

  it('on help-now reads the heading and the emergency numbers', async () => {
    synth.voices = [GERMAN];
    await renderApp(<HelpNowScreen />, { catalogue: makeCatalogue(emergencyOffers()), url: '/help-now' });
    fireEvent.click(await screen.findByRole('button', { name: 'Vorlesen' }));
    const text = synth.spoken[0]?.text ?? '';
    expect(text).toContain('Sofort Hilfe');
    expect(text).toMatch(/\b110\b/);
    expect(text).toMatch(/\b112\b/);
  });

  it('stops the voice when the screen goes away', async () => {
    synth.voices = [GERMAN];
    const { view } = await offerPage();
    await waitFor(() => expect(synth.listeners).toBe(1));
    fireEvent.click(startButton() as HTMLElement);
    const before = synth.cancelled;
    view.unmount();
    await waitFor(() => expect(synth.cancelled).toBeGreaterThan(before));
    expect(synth.listeners).toBe(0);
  });
});
