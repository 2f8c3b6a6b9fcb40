import { GERMAN } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';
import { useHandoverTexts } from '../lang/use-part-texts.ts';
import { type ListLink, MAX_IDS } from './list-link.ts';

type Props = { link: ListLink };

/** What a handed-over link asked for but the list cannot show as asked: too many ids, repeats, an unknown language. */
export function LinkNotices({ link }: Props) {
  const t = useT();
  // A stored choice still wins over an unknown `lang`: the notice says "German" only when German is what shows.
  const german = (useLanguage()?.current.value.code ?? GERMAN) === GERMAN;
  if (!useHandoverTexts()) return null;
  return (
    <>
      {link.unknownLang && german && (
        <p class="notice">{t('handover.unknownLang', { code: link.unknownLang })}</p>
      )}
      {link.total > MAX_IDS && (
        <p class="notice">{t('handover.capped', { count: link.total, max: String(MAX_IDS) })}</p>
      )}
      {link.duplicates > 0 && (
        <p class="notice">{t('handover.duplicates', { number: String(link.duplicates) })}</p>
      )}
    </>
  );
}
