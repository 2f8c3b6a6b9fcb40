import { useEffect, useState } from 'preact/hooks';
import { useT } from '../context.ts';

type Props = {
  /** CSS selector of what to read, in page order (the button itself is not part of it). */
  from: string;
};

/** The page's language as `<html lang>` states it; "de-x-ls" is read by a German voice. No document: the build's German. */
const pageLang = () => globalThis.document?.documentElement.lang || 'de';

/** The browser's speech synthesis, when it has one (not every browser or webview does). */
const synth = (): SpeechSynthesis | null =>
  'speechSynthesis' in globalThis ? globalThis.speechSynthesis : null;

/** A browser voice for the language's primary subtag (de-DE serves de and de-x-ls), if there is one. */
function findVoice(lang: string): SpeechSynthesisVoice | null {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return (
    synth()
      ?.getVoices()
      .find((v) => primary(v.lang) === primary(lang)) ?? null
  );
}

/**
 * "Vorlesen": speaks the page's main text with the browser's own voices, in the page's language, and nothing
 * leaves the device. Hidden when there is no voice for that language: a wrong-language voice helps nobody.
 * Voices often arrive after the first render, hence `voiceschanged`.
 */
export function ReadAloud({ from }: Props) {
  const t = useT();
  const lang = pageLang();
  const [voice, setVoice] = useState(() => findVoice(lang));
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    const speech = synth();
    if (!speech) return;
    const update = () => setVoice(findVoice(lang));
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, [lang]);
  // Leaving the screen stops the voice; it would otherwise read a page that is gone.
  useEffect(() => () => synth()?.cancel(), []);
  if (!voice) return null;
  const toggle = () => {
    const speech = synth();
    speech?.cancel();
    if (speaking || !speech) return setSpeaking(false);
    const parts = [...document.querySelectorAll<HTMLElement>(from)];
    // biome-ignore lint/performance/useDomNodeTextContent: read what is shown, with its line breaks; closed parts stay silent
    const text = parts.map((el) => el.innerText).join('\n');
    const utterance = new SpeechSynthesisUtterance(text);
    // The voice's own tag: a private-use tag like de-x-ls means nothing to a speech engine.
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    speech.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" class="read-aloud secondary" onClick={toggle}>
      {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
