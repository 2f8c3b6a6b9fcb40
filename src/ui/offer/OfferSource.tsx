import type { Offer } from '../../catalogue/index.ts';
import { Freshness } from '../common/Freshness.tsx';
import { useT } from '../context.ts';

type Props = { offer: Offer; reportEmail: string | null };

/**
 * The error report names the offer (id, name, its page) and nothing else: never the search, the answers or the
 * list, which would tell the operator about the family.
 */
function reportHref(address: string, subject: string, offerId: string): string {
  const page = `${location.origin}/offer/${encodeURIComponent(offerId)}`;
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(page)}`;
}

/** Where the information comes from, how sure we are, how current it is (one line), and how to report an error. */
export function OfferSource({ offer, reportEmail }: Props) {
  const t = useT();
  const { source } = offer;
  const subject = t('offer.reportSubject', { name: offer.name, id: offer.id });
  return (
    <section class="source" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('offer.sourceHeading')}</h2>
      <p>
        <a href={source.url} rel="noopener noreferrer">
          {t('offer.sourceLink')}
        </a>
        {' · '}
        {t(`offer.confidence.${source.confidence}`)}
      </p>
      {(offer.further_sources ?? []).map((s) => (
        <p key={s.title} class="hint">
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
        </p>
      ))}
      <Freshness offer={offer} />
      <p>
        {reportEmail ? (
          <a href={reportHref(reportEmail, subject, offer.id)}>{t('offer.report')}</a>
        ) : (
          <span class="hint">{t('offer.reportMissing')}</span>
        )}
      </p>
    </section>
  );
}
