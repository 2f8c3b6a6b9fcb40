import { useEffect, useState } from 'preact/hooks';
import { findLanguage, GERMAN, type TFunction } from '../../i18n/index.ts';
import { useI18n, useLanguage } from '../context.ts';

/**
 * One line offering a language of the browser, in that language, with yes and no: never a silent switch. Both
 * answers are a choice and are kept; the line then goes away.
 */
export function LanguageSuggestion() {
  const i18n = useI18n();
  const language = useLanguage();
  const code = language?.suggestion.value ?? null;
  const [t, setT] = useState<TFunction | null>(null);
  useEffect(() => {
    if (!code || !language) return;
    let live = true;
    // The offer speaks the offered language once its file is here; German if that file cannot be loaded.
    void language.preload(code).then((ok) => live && setT(() => i18n.getFixedT(ok ? code : GERMAN)));
    return () => {
      live = false;
    };
  }, [code, language, i18n]);
  const offered = findLanguage(code);
  if (!language || !offered || !t) return null;
  const name = offered.name;
  return (
    <p class="lang-suggest" lang={offered.code} dir={offered.dir}>
      {t('lang.suggest', { name })}{' '}
      <button type="button" class="link" onClick={() => void language.choose(offered.code)}>
        {t('lang.suggestYes', { name })}
      </button>{' '}
      <button type="button" class="link" onClick={() => void language.choose(GERMAN)}>
        {t('lang.suggestNo')}
      </button>
    </p>
  );
}
