import { useEffect } from 'preact/hooks';
import { useLanguage } from '../context.ts';

/**
 * A legal screen's texts live in `<code>.legal.json` (German's too, to keep them out of the first bundle): loaded
 * when such a screen opens; true once they are there (a moment, from the precache).
 */
export function useLegalTexts(): boolean {
  const language = useLanguage();
  const state = language?.current.value;
  useEffect(() => {
    if (state && !state.legal) void language?.loadLegal();
  }, [state, language]);
  return state?.legal ?? true;
}
