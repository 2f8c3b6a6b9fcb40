import { useLocation } from 'preact-iso';
import type { Catalogue } from '../../catalogue/index.ts';
import { regionsOfOffers } from '../../catalogue/index.ts';
import { GERMAN, withLang } from '../../i18n/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { useRegions } from '../common/use-regions.ts';
import { useAppState, useLanguage, useT } from '../context.ts';
import { HandoverSection } from '../handover/HandoverSection.tsx';
import { usePartTexts } from '../lang/use-part-texts.ts';
import { readListLink } from './list-link.ts';
import { SharedList } from './SharedList.tsx';

/** /list: the offers saved on this device, or (with ?ids=) a list someone handed over. */
export function ListScreen() {
  const t = useT();
  const { query } = useLocation();
  const state = useAppState();
  const catalogueState = state.catalogue.value;
  // A handed-over or saved list may name offers of regions not loaded yet: the manifest says which pairs hold them.
  const ids = query.ids !== undefined ? readListLink(query.ids).ids : state.saved.value.ids;
  const waiting = useRegions(
    catalogueState.status === 'ready' ? regionsOfOffers(catalogueState.manifest, ids) : [],
  );
  if (catalogueState.status !== 'ready' || waiting) {
    return (
      <div>
        {/* The heading it will keep: a handed-over list does not say "Meine Liste" while it loads. */}
        <h1>{t(query.ids !== undefined ? 'list.sharedTitle' : 'list.title')}</h1>
        <p class="status">{catalogueState.status === 'error' ? t('summary.error') : t('summary.loading')}</p>
      </div>
    );
  }
  if (query.ids !== undefined) return <SharedList ids={query.ids} catalogue={catalogueState.catalogue} />;
  return <SavedList catalogue={catalogueState.catalogue} />;
}

function SavedList({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const state = useAppState();
  const { status, ids } = state.saved.value;
  const offers = ids.map((id) => catalogue.offers.find((o) => o.id === id)).filter((o) => !!o);
  const gone = ids.length - offers.length;
  const code = useLanguage()?.current.value.code ?? GERMAN;
  // The language travels with the list: the family opens it in the language it was handed over in.
  const shareUrl = withLang(`/list?ids=${ids.join(',')}`, code);
  // In a home visit this is the family's list, kept in memory only: it says so, and that it goes when the visit ends.
  const visiting = state.visit.value === 'on';
  const visitTexts = usePartTexts('visit', visiting);
  return (
    <div>
      <h1>{visiting && visitTexts ? t('visit.listTitle') : t('list.title')}</h1>
      {visiting && visitTexts && <p class="hint">{t('visit.listHint')}</p>}
      {status === 'error' && (
        <p class="status status--error" role="alert">
          {t('list.storeError')}
        </p>
      )}
      <p role="status">
        {status === 'loading' ? t('summary.loading') : t('list.count', { count: offers.length })}
      </p>
      {gone > 0 && <p class="hint">{t('list.gone', { count: gone })}</p>}
      {offers.length === 0 && status !== 'loading' && <p>{t('list.empty')}</p>}
      <ul class="results">
        {offers.map((offer) => (
          <li key={offer.id}>
            <OfferCard
              offer={offer}
              catalogue={catalogue}
              actions={
                <button type="button" class="secondary no-print" onClick={() => state.unsave(offer.id)}>
                  {t('list.remove', { name: offer.name })}
                </button>
              }
            />
          </li>
        ))}
      </ul>
      {offers.length > 0 && (
        <p class="no-print">
          <a href={shareUrl}>{t('list.shareLink')}</a>
        </p>
      )}
      {offers.length > 0 && <HandoverSection offers={offers} catalogue={catalogue} />}
    </div>
  );
}
