import type { TFunction } from 'i18next';
import type { Organization, Phone } from '../../catalogue/index.ts';
import type { Coordination } from '../../network/index.ts';
import { telHref } from '../common/format.ts';

type Props = { items: Coordination[]; t: TFunction };

/** Phones as tel: links, the e-mail as mailto:, the website as a link: only what the catalogue has. */
function Contact({
  phones,
  email,
  url,
  t,
}: Pick<Organization, 'email' | 'url'> & { phones: Phone[]; t: TFunction }) {
  return (
    <ul class="network__contact">
      {phones.map((p) => (
        <li key={p.number}>
          <a href={telHref(p.number)}>{p.display}</a>
        </li>
      ))}
      {email && (
        <li>
          <a href={`mailto:${email}`}>{email}</a>
        </li>
      )}
      {url && (
        <li>
          <a href={url}>{t('network.website')}</a>
        </li>
      )}
    </ul>
  );
}

/** The region's KoKi / Frühe-Hilfen coordination and how to reach it, with its source. */
export function CoordinationSection({ items, t }: Props) {
  return (
    <section aria-labelledby="network-coordination">
      <h2 id="network-coordination">{t('network.coordinationHeading')}</h2>
      {items.length === 0 && <p>{t('network.noCoordination')}</p>}
      {items.map((c) => (
        <div key={c.id} class="network__coordination">
          <h3>
            <a href={`/offer/${c.id}`}>{c.name}</a>
          </h3>
          {c.phones.length > 0 || c.email || c.url ? <Contact {...c} t={t} /> : null}
          {c.provider && (
            <>
              <p>{t('network.viaProvider', { name: c.provider.name })}</p>
              <Contact {...c.provider} t={t} />
            </>
          )}
          {!c.provider && c.phones.length === 0 && !c.email && !c.url && <p>{t('network.noContact')}</p>}
          <p class="hint">
            <a href={c.sourceUrl}>{t('network.source')}</a>
          </p>
        </div>
      ))}
    </section>
  );
}
