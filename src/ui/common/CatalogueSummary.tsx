import type { Catalogue } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { formatDate } from './format.ts';
import { regionCounts } from './region-counts.ts';

type Props = { catalogue: Catalogue };

/** The catalogue's true size per region and the date of its data, so nobody mistakes it for complete or current. */
export function CatalogueSummary({ catalogue }: Props) {
  const t = useT();
  const { local, wide } = regionCounts(catalogue);
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.count', { count: catalogue.offers.length })}</h2>
      <ul class="summary__regions">
        {local.map((r) => (
          <li key={r.id}>{t('summary.region', { name: r.name, count: r.count })}</li>
        ))}
        <li>{t('summary.wide', { count: wide })}</li>
      </ul>
      <p class="summary__date">{t('summary.assured', { date: formatDate(catalogue.assured) })}</p>
    </section>
  );
}
