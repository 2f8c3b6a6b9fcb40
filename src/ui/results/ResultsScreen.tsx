import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { MAX_TEXT_CHARS } from '../../matching/light.ts';
import type { AppState } from '../app-state.ts';
import { loadOnce } from '../common/deferred.ts';
import { screenSearch } from '../common/private-address.ts';
import { SearchForm } from '../common/SearchForm.tsx';
import { useModule } from '../common/use-module.ts';
import { useAppState, useT } from '../context.ts';
import { parseResultsUrl } from './results-url.ts';

/** The matching core and the result cards: loaded while the heading and the search form are already on screen. */
const loadBody = () => import('./cards-chunk.ts');

/**
 * Readies /results to draw its matches in its first render: the body's chunk here and the searcher built for the
 * loaded catalogue. The prerender (src/prerender.tsx) and the take-over of a prerendered results page
 * (src/boot.tsx) both call it, so that the app draws the list the served page holds, node for node.
 */
export async function prepareResults(state: AppState): Promise<void> {
  const body = await loadOnce(loadBody);
  const loaded = state.catalogue.value;
  if (loaded.status === 'ready') body.prepareSearcher(loaded.catalogue, loaded.index, loaded.regions);
}

/**
 * The heading with what was asked in smaller type below. The tab's title stays "Passende Hilfe": the browser's
 * history keeps titles, and the family's answers never stand there (legal.history.text, common/private-address.ts).
 */
function ResultsHeading({ what }: { what: string }) {
  const t = useT();
  return (
    <h1 data-title={t('results.title')}>
      {t('results.title')}
      {what && (
        <>
          <span class="visually-hidden">: </span>
          <span class="results-screen__what">{what}</span>
        </>
      )}
    </h1>
  );
}

/**
 * /results: matched offers with their reasons, the family's KoKi on top, editable filters, never a dead end.
 * The heading and the search form need no data and no matching code, so they are drawn with the first bundle.
 */
export function ResultsScreen() {
  const t = useT();
  const { url } = useLocation();
  const state = useAppState().catalogue.value;
  const body = useModule(loadBody);
  // The address holds no search (common/private-address.ts): the query comes from this tab's history entry.
  const search = screenSearch(url);
  const catalogue = state.status === 'ready' ? state.catalogue : null;
  const parsed = useMemo(() => (catalogue ? parseResultsUrl(search, catalogue) : null), [search, catalogue]);
  const request = parsed?.request;
  const failed = state.status === 'error' || body.status === 'error';
  // What was asked, under the heading in smaller type: the topics and the region (results-heading.ts).
  const what =
    catalogue && parsed && body.status === 'ready'
      ? body.module.resultsWhat(t, parsed.request, catalogue)
      : '';
  const form = (
    <SearchForm
      compact
      query={request?.q ?? (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_TEXT_CHARS)}
      keep={
        request && {
          region: request.region,
          stage: request.stage,
          audience: request.audience,
          topics: request.topics.join(','),
          modes: request.modes.join(','),
        }
      }
    />
  );
  return (
    <div class="results-screen">
      <ResultsHeading what={what} />
      {state.status === 'ready' && parsed && body.status === 'ready' ? (
        <body.module.ResultsBody
          catalogue={state.catalogue}
          index={state.index}
          regions={state.regions}
          request={parsed.request}
          ignored={parsed.ignored}
          form={form}
        />
      ) : (
        <>
          {form}
          <p class="status" role="status">
            {failed ? t('summary.error') : t('summary.loading')}
          </p>
        </>
      )}
    </div>
  );
}
