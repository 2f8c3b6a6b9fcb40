import { type Catalogue, LOCAL_REGION_IDS } from '../../catalogue/index.ts';
import { regionName } from '../common/region-name.ts';
import { useT } from '../context.ts';
import { type ResultsRequest, resultsUrl } from './results-url.ts';

type Props = { request: ResultsRequest; catalogue: Catalogue };

/** Without a place, only wide-area services show; one tap on the family's area brings the local offers. */
export function RegionPrompt({ request, catalogue }: Props) {
  const t = useT();
  return (
    <section class="notice region-prompt no-print" aria-labelledby="region-prompt">
      <h2 id="region-prompt">{t('results.whereTitle')}</h2>
      <p>{t('results.whereText')}</p>
      <ul class="chips">
        {catalogue.regions
          .filter((r) => r.kind === 'local')
          .map((r) => (
            <li key={r.id}>
              <a
                class="chip chip--link"
                href={resultsUrl({ ...request, region: LOCAL_REGION_IDS.find((id) => id === r.id) })}
              >
                {regionName(t, r)}
              </a>
            </li>
          ))}
      </ul>
    </section>
  );
}
