import { type CatalogueManifest, isOlderThanThreeYears, type RegionInfo } from '../../catalogue/index.ts';
import { useAppState, useT } from '../context.ts';
import { regionCounts } from './region-counts.ts';

type Props = { manifest: CatalogueManifest; regions: RegionInfo[] };

/**
 * The catalogue's true size per region and how much of the local part a recent source backs, so
 * nobody mistakes it for complete or current (one "as of" date would suggest all of it is).
 */
export function CatalogueSummary({ manifest, regions }: Props) {
  const t = useT();
  const today = useAppState().today();
  const { local, wide } = regionCounts(manifest, regions);
  // The newest source date of each local offer, from the manifest: every region counts, loaded or not.
  const localOffers = Object.values(manifest.dated);
  const recent = localOffers.filter((d) => d && !isOlderThanThreeYears(d, today)).length;
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.count', { count: manifest.count })}</h2>
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
