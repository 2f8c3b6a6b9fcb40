import { findLanguage, GERMAN } from '../../i18n/index.ts';
import { useLanguage } from '../context.ts';

/** The Intl locale of the language shown (Leichte Sprache formats as German), for dates. */
export function useLocale(): string {
  const code = useLanguage()?.current.value.code ?? GERMAN;
  return findLanguage(code)?.locale ?? GERMAN;
}
