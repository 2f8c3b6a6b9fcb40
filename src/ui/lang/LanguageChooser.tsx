import { LANGUAGES } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';

/** A compact select in the header: each language named in itself, so a reader finds theirs without German. */
export function LanguageChooser() {
  const t = useT();
  const language = useLanguage();
  if (!language) return null;
  const { code } = language.current.value;
  return (
    <select
      class="lang-select"
      aria-label={t('lang.choose')}
      value={code}
      onChange={(e) => void language.choose(e.currentTarget.value)}
    >
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </select>
  );
}
