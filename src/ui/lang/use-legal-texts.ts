import { useEffect } from 'preact/hooks';
import { useLanguage } from '../context.ts';

/** A legal screen's texts live in `<code>.legal.json`: loaded when such a screen opens in that language. */
export function useLegalTexts(): void {
  const language = useLanguage();
  const code = language?.current.value.code;
  useEffect(() => {
    if (code) void language?.loadLegal();
  }, [code, language]);
}
