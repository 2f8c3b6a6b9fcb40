import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Catalogue } from '../../catalogue/index.ts';
import type { PackedIndex, Searcher } from '../../matching/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { useT } from '../context.ts';
import { reasonTexts } from '../lang/data-label.ts';
import { GermanNamesNote } from '../lang/GermanNamesNote.tsx';
import { MapPanel } from '../map/MapPanel.tsx';
import { DangerBlock } from './DangerBlock.tsx';
import { offerDistance, type Position } from './distance.ts';
import { FilterChips } from './FilterChips.tsx';
import { NearMe } from './NearMe.tsx';
import { NotCovered } from './NotCovered.tsx';
import { RegionPrompt } from './RegionPrompt.tsx';
import type { Ignored, ResultsRequest } from './results-url.ts';
import { useSearcher } from './use-searcher.ts';

type Props = {
  catalogue: Catalogue;
  index: PackedIndex;
  request: ResultsRequest;
  ignored: Ignored[];
  /** The search form: drawn below the help in danger, above everything else. */
  form: ComponentChildren;
};

/** The part of /results below the heading: help in danger, the form, filters, count, KoKi, map and matches. */
export function ResultsBody({ catalogue, index, request, ignored, form }: Props) {
  const t = useT();
  const built = useSearcher(catalogue, index);
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
      request={request}
      ignored={ignored}
      form={form}
    />
  );
}

/** Searched once per request: re-renders (a position for "near me", the saved list) reuse the result. */
function useSearch(searcher: Searcher, request: ResultsRequest) {
  return useMemo(() => {
    const { q, region, place, stage, topics, modes, lang, audience } = request;
    return searcher.search({ text: q, region, place, stage, topics, modes, lang, audience });
  }, [request, searcher]);
}

type MatchesProps = Omit<Props, 'index'> & { searcher: Searcher };

function Matches({ catalogue, searcher, request, ignored, form }: MatchesProps) {
  const t = useT();
  const position = useSignal<Position | null>(null);
  const result = useSearch(searcher, request);
  const region = result.region ?? request.region;
  const koki = result.koki;
  // The safety block is drawn as call buttons on top; the list below does not repeat it.
  const danger = result.results.filter((m) => m.block === 'safety');
  const listed = result.results.filter((m) => m.block !== 'safety' && m.offer !== koki);
  const here = position.value;
  const withDistance = listed.map((m) => ({ ...m, km: here ? offerDistance(m.offer, here) : undefined }));
  if (here)
    withDistance.sort((a, b) => (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY));
  const text = (m: { reasons: { key: string; params?: Record<string, string | number> }[] }) =>
    reasonTexts(t, catalogue.taxonomy, m.reasons);
  return (
    <>
      {result.safety && <DangerBlock matches={danger} kinds={result.danger} region={region} />}
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
        {result.fallback && ` ${t('results.fallback')}`}
      </p>
      <GermanNamesNote />
      {result.notCovered && <NotCovered need={result.notCovered} catalogue={catalogue} />}
      {koki && (
        <section class="koki" aria-labelledby="koki-heading">
          <h2 id="koki-heading" class="koki__label">
            {t('results.yourKoki')}
          </h2>
          <OfferCard offer={koki} catalogue={catalogue} reasons={[t('results.kokiReason')]} compact />
        </section>
      )}
      {!region && <RegionPrompt request={request} catalogue={catalogue} />}
      <ul class="results">
        {withDistance.map((m) => (
          <li key={m.id}>
            <OfferCard offer={m.offer} catalogue={catalogue} reasons={text(m)} distanceKm={m.km} compact />
          </li>
        ))}
      </ul>
    </>
  );
}
