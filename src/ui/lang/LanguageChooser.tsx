import { LANGUAGES } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';

type Props = { place: 'bar' | 'nav' };

/**
 * A compact select in the header: each language named in itself, so a reader finds theirs without German. It is
 * drawn in the sticky bar and in the nav row below; CSS shows one (the nav one only when large text fills the bar).
 */
export function LanguageChooser({ place }: Props) {
  const t = useT();
  const language = useLanguage();
  if (!language) return null;
  const { code } = language.current.value;
  return (
    <select
      class={`lang-select lang-select--${place}`}
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
