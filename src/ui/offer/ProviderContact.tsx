import type { Organization } from '../../catalogue/index.ts';
import { CallButton } from '../common/CallButton.tsx';
import { formatDate } from '../common/format.ts';
import { useT } from '../context.ts';

type Props = { org: Organization };

/** "Reach via" the provider: its general contact, labelled as the provider's, with its own source. */
export function ProviderContact({ org }: Props) {
  const t = useT();
  return (
    <div class="provider">
      <p>{t('offer.viaProvider', { name: org.name })}</p>
      {org.phones.map((p) => (
        <p key={p.number}>
          <CallButton phone={p} name={org.name} />
          {p.description && <span class="hint"> {p.description}</span>}
        </p>
      ))}
      {org.email && (
        <p>
          <a href={`mailto:${org.email}`}>{org.email}</a>
        </p>
      )}
      {org.url && (
        <p>
          <a href={org.url} rel="noopener noreferrer">
            {t('offer.providerWebsite', { name: org.name })}
          </a>
        </p>
      )}
      <p class="hint">
        <a href={org.source.url} rel="noopener noreferrer">
          {t('offer.sourceLink')}
        </a>{' '}
        {org.source.date
          ? t('offer.sourceDate', { date: formatDate(org.source.date) })
          : t('offer.sourceUndated')}
      </p>
    </div>
  );
}
