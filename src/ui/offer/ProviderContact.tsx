import type { Organization } from '../../catalogue/index.ts';
import { ContactLinks } from '../common/ContactLinks.tsx';
import { formatDate } from '../common/format.ts';
import { useT } from '../context.ts';
import { useLocale } from '../lang/use-locale.ts';

type Props = { org: Organization; lead: string; ask: string | null };

/** "Reach via" the provider: its general contact, labelled as the provider's, with its own source. */
export function ProviderContact({ org, lead, ask }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <div class="provider">
      <p>{lead}</p>
      <ContactLinks
        name={org.name}
        phones={org.phones}
        email={org.email}
        url={org.url}
        websiteLabel={t('offer.providerWebsite', { name: org.name })}
        ask={ask}
      />
      <p class="hint">
        <a href={org.source.url} rel="noopener noreferrer">
          {t('offer.sourceLink')}
        </a>{' '}
        {org.source.date
          ? t('offer.sourceDate', { date: formatDate(org.source.date, locale) })
          : t('offer.sourceUndated')}
      </p>
    </div>
  );
}
