import { useRoute } from 'preact-iso';
import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { regionName } from '../common/region-name.ts';
import { useRegions } from '../common/use-regions.ts';
import { useAppState, useT } from '../context.ts';
import { usePartTexts } from '../lang/use-part-texts.ts';

/**
 * The region's own offers (not the wide-area hotlines, which help-now lists), in the taxonomy's category order: each
 * card names its category, so the list reads grouped without headings of its own.
 */
function regionOffers(catalogue: Catalogue, region: string): Offer[] {
  const own = catalogue.offers.filter((o) => o.areas.some((a) => a === region));
  return catalogue.taxonomy.categories.flatMap((c) => own.filter((o) => o.category === c.id));
}

/**
 * /region/<id>: the landing page for a parent who searched the web for help in their town: what Lotse knows there,
 * each offer with a number to call as in the results (its own, or its provider's with whom to ask for), and the
 * way into the search for that region. Its texts are a part of their own (`<code>.region.json`): nothing shows
 * until they are there, as on the legal screens.
 */
export function RegionScreen() {
  const ready = usePartTexts('region');
  const t = useT();
  const { params } = useRoute();
  const state = useAppState().catalogue.value;
  // The region's own pair: fetched when the page is opened in the app (a prerendered page arrives with it).
  const waiting = useRegions(params.id ? [params.id] : []);
  if (!ready || state.status !== 'ready' || waiting) return null;
  const { catalogue } = state;
  const region = catalogue.regions.find((r) => r.id === params.id && r.kind === 'local');
  if (!region) {
    return (
      <div>
        <h1>{t('notFound.title')}</h1>
        <p>{t('region.unknown')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </div>
    );
  }
  const offers = regionOffers(catalogue, region.id);
  return (
    <div class="region">
      <h1>{t('region.title', { name: regionName(t, region) })}</h1>
      <p class="lead">{t('region.intro', { count: offers.length, name: regionName(t, region) })}</p>
      <div class="doors">
        <a class="door door--primary" href={`/results?region=${region.id}`}>
          <span class="door__title">{t('region.find', { name: regionName(t, region) })}</span>
        </a>
      </div>
      <ul class="results">
        {offers.map((o) => (
          <li key={o.id}>
            <OfferCard offer={o} catalogue={catalogue} compact />
          </li>
        ))}
      </ul>
    </div>
  );
}
