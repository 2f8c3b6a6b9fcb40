import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { Catalogue } from '../../catalogue/index.ts';
import type { PackedIndex, Searcher } from '../../matching/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { useT } from '../context.ts';
import { MapPanel } from '../map/MapPanel.tsx';
import { offerDistance, type Position } from './distance.ts';
import { FilterChips } from './FilterChips.tsx';
import { NearMe } from './NearMe.tsx';
import { RegionPrompt } from './RegionPrompt.tsx';
import type { Ignored, ResultsRequest } from './results-url.ts';
import { useSearcher } from './use-searcher.ts';

type Props = { catalogue: Catalogue; index: PackedIndex; request: ResultsRequest; ignored: Ignored[] };

/** The part of /results below the search form: filters, count, the family's KoKi, the map and the matches. */
export function ResultsBody({ catalogue, index, request, ignored }: Props) {
  const t = useT();
  const built = useSearcher(catalogue, index);
  if (!built) {
    return (
      <p class="status" role="status">
        {t('summary.loading')}
      </p>
    );
  }
  return (
    <Matches catalogue={built.catalogue} searcher={built.searcher} request={request} ignored={ignored} />
  );
}

type MatchesProps = { catalogue: Catalogue; searcher: Searcher; request: ResultsRequest; ignored: Ignored[] };

function Matches({ catalogue, searcher, request, ignored }: MatchesProps) {
  const t = useT();
  const position = useSignal<Position | null>(null);
  // Searched once per request: re-renders (a position for "near me", the saved list) reuse the result.
  const result = useMemo(() => {
    const { q, region, place, stage, topics, modes, lang, audience } = request;
    return searcher.search({ text: q, region, place, stage, topics, modes, lang, audience });
  }, [request, searcher]);
  const region = result.region ?? request.region;
  const koki = region
    ? catalogue.offers.find((o) => o.category === 'koki' && o.areas.includes(region))
    : undefined;
  const listed = result.results.filter((m) => m.offer !== koki);
  const here = position.value;
  const withDistance = listed.map((m) => ({ ...m, km: here ? offerDistance(m.offer, here) : undefined }));
  if (here)
    withDistance.sort((a, b) => (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY));
  const text = (m: { reasons: { key: string; params?: Record<string, string | number> }[] }) =>
    m.reasons.map((r) => t(r.key, r.params ?? {}));
  return (
    <>
      <FilterChips request={request} catalogue={catalogue} />
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
      {result.safety && (
        <p class="notice notice--danger">
          <a href="/help-now">{t('results.safetyLink')}</a>
        </p>
      )}
      {koki && (
        <section class="koki" aria-labelledby="koki-heading">
          <h2 id="koki-heading" class="koki__label">
            {t('results.yourKoki')}
          </h2>
          <OfferCard offer={koki} catalogue={catalogue} reasons={[t('results.kokiReason')]} />
        </section>
      )}
      {!region && <RegionPrompt request={request} catalogue={catalogue} />}
      <NearMe position={position} />
      <MapPanel offers={[...(koki ? [koki] : []), ...withDistance.map((m) => m.offer)]} />
      <ul class="results">
        {withDistance.map((m) => (
          <li key={m.id}>
            <OfferCard offer={m.offer} catalogue={catalogue} reasons={text(m)} distanceKm={m.km} />
          </li>
        ))}
      </ul>
    </>
  );
}
