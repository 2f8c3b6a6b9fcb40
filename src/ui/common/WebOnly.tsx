import { useT } from '../context.ts';

type Props = { unknown: boolean; web: string | null };

/** A card's contact when no number is known: says so, and links the website (which needs internet). */
export function WebOnly({ unknown, web }: Props) {
  const t = useT();
  return (
    <>
      {unknown && <span class="contacts__unknown">{t('contact.phoneUnknown')}</span>}
      {web && (
        <a class="card__web" href={web} rel="noopener noreferrer">
          {t('contact.websiteOnline', { label: t('offer.website') })}
        </a>
      )}
    </>
  );
}
