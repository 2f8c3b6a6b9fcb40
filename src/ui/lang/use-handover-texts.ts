import { useEffect } from 'preact/hooks';
import { useLanguage } from '../context.ts';

/**
 * The hand-over texts (QR codes, text to share, print sheet) live in `<code>.handover.json`, German's too, to keep
 * them out of the first bundle: loaded when a screen offers a hand-over, with German's copy for the sheet's German
 * alongside; true once they are there (a moment, from the precache).
 */
export function useHandoverTexts(): boolean {
  const language = useLanguage();
  const state = language?.current.value;
  useEffect(() => {
    if (state && !state.handover) void language?.loadHandover();
  }, [state, language]);
  return state?.handover ?? true;
}
