import { GERMAN } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';

/** Said once per results or offer page outside German: the catalogue's own texts (names, descriptions) are German. */
export function GermanNamesNote() {
  const t = useT();
  const code = useLanguage()?.current.value.code ?? GERMAN;
  return code === GERMAN ? null : <p class="hint german-names">{t('lang.germanNames')}</p>;
}
