import type { Offer, Taxonomy } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { dataLabel } from '../lang/data-label.ts';

type Props = { offer: Offer; taxonomy: Taxonomy };

/** The facts a parent scans for first: free, anonymous, home visit, by phone, other languages. */
export function Badges({ offer, taxonomy }: Props) {
  const t = useT();
  const languages = offer.languages
    .filter((l) => l !== 'de')
    .map((l) => dataLabel(t, 'languages', l, taxonomy.languages.find((x) => x.id === l)?.label ?? l));
  const badges = [
    offer.free === true && t('badge.free'),
    offer.modes.includes('anonymous') && t('badge.anonymous'),
    offer.modes.includes('home-visit') && t('badge.homeVisit'),
    // "by phone" only where a number is known; the card says so where it is not.
    offer.modes.includes('phone') && offer.phones.length > 0 && t('badge.phone'),
    offer.modes.includes('online') && t('badge.online'),
    languages.length > 0 && t('badge.languages', { languages: languages.join(', ') }),
  ].filter((b): b is string => typeof b === 'string');
  if (badges.length === 0) return null;
  return (
    <ul class="badges" aria-label={t('badge.label')}>
      {badges.map((b) => (
        <li key={b}>{b}</li>
      ))}
    </ul>
  );
}
