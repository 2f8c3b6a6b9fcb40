import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import { useT } from '../context.ts';
import { useLegalTexts } from '../lang/use-part-texts.ts';

/** `titleKey`: the heading's text key (the key test finds it by this name). */
type Props = { titleKey: string; children: (t: TFunction) => ComponentChildren };

/**
 * The frame of every legal screen: its texts are the language's legal part, loaded with the screen (nothing shows
 * until they are there, a moment from the precache), then one prose page under its heading.
 */
export function LegalPage({ titleKey, children }: Props) {
  const ready = useLegalTexts();
  const t = useT();
  if (!ready) return null;
  return (
    <div class="prose">
      <h1>{t(titleKey)}</h1>
      {children(t)}
    </div>
  );
}
