import { findLanguage } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';

/** What the reader should know about the language shown: not yet checked by a native speaker, partly German. */
export function LanguageNotes() {
  const t = useT();
  const state = useLanguage()?.current.value;
  const language = findLanguage(state?.code);
  if (!state || !language) return null;
  const notes = [!language.reviewed && t('lang.notReviewed'), state.fallback && t('lang.fallback')].filter(
    (n): n is string => typeof n === 'string',
  );
  if (notes.length === 0) return null;
  return (
    <div class="lang-notes">
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
