import { useEffect, useState } from 'preact/hooks';
import { findLanguage, type TFunction } from '../../i18n/index.ts';
import { typedLanguage } from '../../matching/light.ts';
import { useI18n, useLanguage } from '../context.ts';

type Props = {
  /** The danger kind, for its heading. */
  kind: string;
  /** The language the danger words were written in (a Lotse language code), or null. */
  typed: string | null;
};

/** German typed on a Leichte-Sprache page is the page's own language. */
const same = (a: string, b: string) => a === b || (a.startsWith('de') && b.startsWith('de'));

/**
 * When a family wrote of danger in another language than the page's: the block's heading once more in their
 * language, and one tap to turn the page into it. Never a switch by itself.
 */
export function DangerInTheirLanguage({ kind, typed }: Props) {
  return (
    <InTheirLanguage
      typed={typed}
      heading={[`danger.heading.${kind}`, 'danger.heading.default']}
      class="danger-block__theirs"
    />
  );
}

type LineProps = {
  /** The language the family typed in (a Lotse language code), or null. */
  typed: string | null;
  /** i18n keys of the heading said once more in their language. */
  heading: string[];
  class: string;
  /** Offered only while the page is German (ordinary results; the danger block offers it on any page). */
  fromGermanOnly?: boolean;
};

/** A heading in the family's own language and one tap to read the page in it; never a switch by itself. */
export function InTheirLanguage({ typed, heading, class: className, fromGermanOnly = false }: LineProps) {
  const i18n = useI18n();
  const language = useLanguage();
  const shown = language?.current.value.code ?? 'de';
  const offered = typed && !same(typed, shown) && (!fromGermanOnly || shown.startsWith('de'));
  const theirs = offered ? findLanguage(typed) : undefined;
  const [t, setT] = useState<TFunction | null>(null);
  useEffect(() => {
    setT(null);
    if (!theirs || !language) return;
    let live = true;
    void language.preload(theirs.code).then((ok) => live && ok && setT(() => i18n.getFixedT(theirs.code)));
    return () => {
      live = false;
    };
  }, [theirs, language, i18n]);
  if (!theirs || !language || !t) return null;
  return (
    <p class={className} lang={theirs.code} dir={theirs.dir}>
      <span class={`${className}-heading`}>{t(heading)}</span>{' '}
      <button type="button" class="link" onClick={() => void language.choose(theirs.code)}>
        {t('lang.suggestYes', { name: theirs.name })}
      </button>
    </p>
  );
}

/** On ordinary results: the heading in the language the text is clearly typed in, while the page is German. */
export function TypedLanguageLine({ text }: { text: string }) {
  return (
    <InTheirLanguage
      typed={typedLanguage(text)}
      heading={['results.title']}
      class="results__theirs"
      fromGermanOnly
    />
  );
}
