import { useLocation } from 'preact-iso';
import type { Catalogue } from '../../catalogue/index.ts';
import { regionName } from '../common/region-name.ts';
import { useT } from '../context.ts';
import { translateTaxonomy } from '../lang/data-label.ts';
import { activeChips } from './active-chips.ts';
import { RefineFilters } from './RefineFilters.tsx';
import { type ResultsRequest, resultsUrl } from './results-url.ts';

type Props = { request: ResultsRequest; catalogue: Catalogue };

/** The active filters as removable chips, and the choices to add more: refine without starting over. */
export function FilterChips({ request, catalogue }: Props) {
  const t = useT();
  const { route } = useLocation();
  const chips = activeChips(request, {
    ...catalogue,
    taxonomy: translateTaxonomy(t, catalogue.taxonomy),
    regions: catalogue.regions.map((r) => ({ ...r, name: regionName(t, r) })),
  });
  const go = (change: Partial<ResultsRequest>) => route(resultsUrl({ ...request, ...change }), true);
  return (
    <div class="filters no-print">
      {chips.length > 0 && (
        <ul class="chips" aria-label={t('results.activeFilters')}>
          {chips.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                class="chip"
                onClick={() => go(c.without)}
                aria-label={t('results.removeFilter', { label: c.label })}
              >
                {/* Isolated with its own direction: a search "„Hebamme“" inside an rtl page showed its quotes reversed. */}
                <bdi>{c.label}</bdi> <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <RefineFilters request={request} catalogue={catalogue} go={go} />
    </div>
  );
}
