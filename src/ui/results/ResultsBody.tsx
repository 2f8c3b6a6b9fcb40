import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Catalogue, LocalRegionId } from '../../catalogue/index.ts';
import type { PackedIndex, Searcher, SearchResult } from '../../matching/index.ts';
import { useRegions } from '../common/use-regions.ts';
import { useAppState, useT } from '../context.ts';
import { reasonTexts } from '../lang/data-label.ts';
import { GermanNamesNote } from '../lang/GermanNamesNote.tsx';
import { MapPanel } from '../map/MapPanel.tsx';
import { DangerBlock } from './DangerBlock.tsx';
import { TypedLanguageLine } from './DangerInTheirLanguage.tsx';
import { offerDistance, type Position } from './distance.ts';
import { FilterChips } from './FilterChips.tsx';
import { KokiSection } from './KokiSection.tsx';
import { NearMe } from './NearMe.tsx';
import { NetRow } from './NetRow.tsx';
import { NotCovered } from './NotCovered.tsx';
import { RegionPrompt } from './RegionPrompt.tsx';
import { ResultList } from './ResultList.tsx';
import type { Ignored, ResultsRequest } from './results-url.ts';
import { ShareSearch } from './ShareSearch.tsx';
import { useSearcher } from './use-searcher.ts';

type Props = {
  catalogue: Catalogue;
  index: PackedIndex;
  /** The regions merged into `catalogue`. */
  regions: readonly string[];
  request: ResultsRequest;
  ignored: Ignored[];
  /** The search form: drawn below the help in danger, above everything else. */
  form: ComponentChildren;
};

/** The part of /results below the heading: help in danger, the form, filters, count, KoKi, map and matches. */
export function ResultsBody({ catalogue, index, regions, request, ignored, form }: Props) {
  const t = useT();
  const state = useAppState().catalogue.value;
  const built = useSearcher(catalogue, index, regions);
  if (!built) {
    return (
      <>
        {form}
        <p class="status" role="status">
          {t('summary.loading')}
        </p>
      </>
    );
  }
  return (
    <Matches
      catalogue={built.catalogue}
      searcher={built.searcher}
      searched={built.regions}
      loaded={state.status === 'ready' ? state.regions : []}
      request={request}
      ignored={ignored}
      form={form}
    />
  );
}

/**
 * The regions whose offers this search needs: the family's region and the regions of places named in the text
 * (a neighbour, fetched on demand and searched again); with no region and no place at all, every region of this
 * deployment, which keeps today's results for such searches (at national size the app asks for the place first).
 */
function neededRegions(result: SearchResult, region: string | undefined, catalogue: Catalogue): string[] {
  const named = [...(region ? [region] : []), ...result.namedRegions];
  return named.length > 0 ? named : catalogue.regions.filter((r) => r.kind === 'local').map((r) => r.id);
}

type HelpFirstProps = { result: SearchResult; region: LocalRegionId | undefined };

/**
 * Help in danger above everything else, from what is loaded (even while the family's region is still arriving): the
 * alarm block, or for a weak signal the compact row of 24/7 numbers.
 */
function HelpFirst({ result, region }: HelpFirstProps) {
  const danger = result.results.filter((m) => m.block === 'safety');
  return (
    <>
      {result.safety && (
        <DangerBlock
          matches={danger}
          kinds={result.danger}
          region={region}
          typed={result.signal?.lang ?? null}
        />
      )}
      <NetRow lines={result.netLines} />
    </>
  );
}

type PendingProps = HelpFirstProps & { form: ComponentChildren };

/** While the family's region arrives: danger help from what is loaded at once, then the form and "loading". */
function Pending({ result, region, form }: PendingProps) {
  const t = useT();
  return (
    <>
      <HelpFirst result={result} region={region} />
      {form}
      <p class="status" role="status">
        {t('summary.loading')}
      </p>
    </>
  );
}

/** Searched once per request: re-renders (a position for "near me", the saved list) reuse the result. */
function useSearch(searcher: Searcher, request: ResultsRequest) {
  return useMemo(() => {
    const { q, region, place, stage, topics, modes, lang, audience } = request;
    return searcher.search({ text: q, region, place, stage, topics, modes, lang, audience });
  }, [request, searcher]);
}

type MatchesProps = Omit<Props, 'index' | 'regions'> & {
  searcher: Searcher;
  /** The regions in the searcher's catalogue, and those the app has loaded by now. */
  searched: readonly string[];
  loaded: readonly string[];
};

function Matches({ catalogue, searcher, searched, loaded, request, ignored, form }: MatchesProps) {
  const t = useT();
  const position = useSignal<Position | null>(null);
  const result = useSearch(searcher, request);
  const region = result.region ?? request.region;
  const needed = neededRegions(result, region, catalogue);
  // A region that has arrived while the searcher is still the one built without it: its results would be short.
  const behind = needed.some((id) => loaded.includes(id) && !searched.includes(id));
  const waiting = useRegions(needed) || behind;
  if (waiting) return <Pending result={result} region={region} form={form} />;
  const koki = result.koki;
  // The safety block and the compact row are drawn as call buttons on top; the list below does not repeat them.
  const listed = result.results.filter(
    (m) => m.block !== 'safety' && m.offer !== koki && !result.netLines.includes(m.offer),
  );
  const here = position.value;
  const withDistance = listed.map((m) => ({ ...m, km: here ? offerDistance(m.offer, here) : undefined }));
  if (here)
    withDistance.sort((a, b) => (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY));
  const text = (m: { reasons: { key: string; params?: Record<string, string | number> }[] }) =>
    reasonTexts(t, catalogue.taxonomy, m.reasons, catalogue.regions);
  return (
    <>
      <HelpFirst result={result} region={region} />
      {!result.safety && <TypedLanguageLine text={request.q} />}
      {form}
      <div class="results__bar">
        <FilterChips request={request} catalogue={catalogue} />
        <MapPanel offers={[...(koki ? [koki] : []), ...withDistance.map((m) => m.offer)]} />
        <NearMe position={position} />
      </div>
      {ignored.length > 0 && (
        <p class="notice">
          {t('results.ignored', { values: ignored.map((i) => `${i.param}=„${i.value}“`).join(', ') })}
        </p>
      )}
      <p role="status" class="results__count">
        {t('results.count', {
          count: result.total + (koki && !result.results.some((m) => m.offer === koki) ? 1 : 0),
        })}
        {result.safety && ` ${t('results.safety')}`}
        {result.fallback && !result.safety && ` ${t('results.fallback')}`}
      </p>
      <GermanNamesNote />
      {result.notCovered && <NotCovered need={result.notCovered} catalogue={catalogue} />}
      {koki && <KokiSection koki={koki} catalogue={catalogue} />}
      {!region && <RegionPrompt request={request} catalogue={catalogue} />}
      <ResultList items={withDistance} catalogue={catalogue} text={text} />
      {/* Sharing a search is an act of its own, below the list; an alarm's page stays with its calls. */}
      {!result.safety && <ShareSearch request={request} />}
    </>
  );
}
