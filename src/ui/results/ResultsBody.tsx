import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Catalogue } from '../../catalogue/index.ts';
import { createSearcher, type PackedIndex, unpackIndex } from '../../matching/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { SearchForm } from '../common/SearchForm.tsx';
import { useAppState, useT } from '../context.ts';
import { MapPanel } from '../map/MapPanel.tsx';
import { offerDistance, type Position } from './distance.ts';
import { FilterChips } from './FilterChips.tsx';
import { NearMe } from './NearMe.tsx';
import { RegionPrompt } from './RegionPrompt.tsx';
import { parseResultsUrl } from './results-url.ts';

/** /results: matched offers with their reasons, the family's KoKi on top, editable filters, never a dead end. */
export function ResultsScreen() {
  const t = useT();
  const state = useAppState().catalogue.value;
  if (state.status !== 'ready') {
    // The search form needs no data: drawn at once, it is the first content a family sees.
    const q = new URLSearchParams(location.search).get('q') ?? '';
    return (
      <div class="results-screen">
        <h1>{t('results.title')}</h1>
        <SearchForm query={q.slice(0, 500)} />
        <p class="status" role="status">
          {state.status === 'loading' ? t('summary.loading') : t('summary.error')}
        </p>
      </div>
    );
  }
  return <Results catalogue={state.catalogue} index={state.index as PackedIndex} />;
}

function Results({ catalogue, index }: { catalogue: Catalogue; index: PackedIndex }) {
  const t = useT();
  const { url } = useLocation();
  const position = useSignal<Position | null>(null);
  const searcher = useMemo(() => createSearcher(catalogue.offers, unpackIndex(index)), [catalogue, index]);
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  // Searched once per URL: re-renders (a position for "near me", the saved list) reuse the result.
  const { request, ignored, result } = useMemo(() => {
    const parsed = parseResultsUrl(search, catalogue);
    const { q, region, stage, topics, modes, lang } = parsed.request;
    return { ...parsed, result: searcher.search({ text: q, region, stage, topics, modes, lang }) };
  }, [search, catalogue, searcher]);
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
    <div class="results-screen">
      <h1>{t('results.title')}</h1>
      <SearchForm
        query={request.q}
        keep={{
          region: request.region,
          stage: request.stage,
          topics: request.topics.join(','),
          modes: request.modes.join(','),
        }}
      />
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
    </div>
  );
}
