import type { Catalogue } from '../../catalogue/index.ts';
import { useAppState, useT } from '../context.ts';
import { hasRecentSource } from './freshness.ts';
import { regionCounts } from './region-counts.ts';

type Props = { catalogue: Catalogue };

/**
 * The catalogue's true size per region and how much of the local part a recent source backs, so
 * nobody mistakes it for complete or current (one "as of" date would suggest all of it is).
 */
export function CatalogueSummary({ catalogue }: Props) {
  const t = useT();
  const today = useAppState().today();
  const { local, wide } = regionCounts(catalogue);
  const localOffers = catalogue.offers.filter((o) =>
    o.areas.some((a) => catalogue.regions.some((r) => r.id === a && r.kind === 'local')),
  );
  const recent = localOffers.filter((o) => hasRecentSource(o, today)).length;
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.count', { count: catalogue.offers.length })}</h2>
      <ul class="summary__regions">
        {local.map((r) => (
          <li key={r.id}>
            {/* Each region's own page (/region/<id>): its offers with their numbers, also a search engine's way in. */}
            <a href={`/region/${r.id}`}>{t('summary.region', { name: r.name, count: r.count })}</a>
          </li>
        ))}
        <li>{t('summary.wide', { count: wide })}</li>
      </ul>
      <p class="summary__date">{t('summary.recent', { count: recent, total: localOffers.length })}</p>
    </section>
  );
}
