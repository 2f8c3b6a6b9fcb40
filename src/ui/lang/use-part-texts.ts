import { useEffect } from 'preact/hooks';
import type { LazyPart } from '../../i18n/index.ts';
import { useLanguage } from '../context.ts';

/**
 * A part's texts live in `<code>.<part>.json` (German's too, to keep them out of the first bundle): loaded when a
 * screen that needs them opens, and again after a language switch; true once they are there (a moment, from the
 * precache).
 */
export function usePartTexts(part: LazyPart, wanted = true): boolean {
  const language = useLanguage();
  const state = language?.current.value;
  useEffect(() => {
    if (wanted && state && !state[part]) void language?.loadPart(part);
  }, [state, language, part, wanted]);
  return state?.[part] ?? true;
}

/** The legal screens' texts (`<code>.legal.json`). */
export const useLegalTexts = (): boolean => usePartTexts('legal');

/** The hand-over texts (QR codes, text to share, print sheet; `<code>.handover.json`), German's copy with them. */
export const useHandoverTexts = (): boolean => usePartTexts('handover');
