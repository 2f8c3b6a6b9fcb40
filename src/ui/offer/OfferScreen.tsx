import { useRoute } from 'preact-iso';
import { bundledOperator, regionsOfOffers, reportAddress } from '../../catalogue/index.ts';
import { homeKoki } from '../../matching/light.ts';
import { providerContact } from '../common/provider-contact.ts';
import { ReadAloud } from '../common/ReadAloud.tsx';
import { useRegions } from '../common/use-regions.ts';
import { useAppState, useT } from '../context.ts';
import { HandoverSection } from '../handover/HandoverSection.tsx';
import { translateTaxonomy } from '../lang/data-label.ts';
import { GermanNamesNote } from '../lang/GermanNamesNote.tsx';
import { WhatThisIs } from '../lang/WhatThisIs.tsx';
import { MapPanel } from '../map/MapPanel.tsx';
import { OfferActions } from './OfferActions.tsx';
import { OfferContacts } from './OfferContacts.tsx';
import { OfferFacts } from './OfferFacts.tsx';
import { OfferNotFound } from './OfferNotFound.tsx';
import { OfferSource } from './OfferSource.tsx';

/**
 * /offer/<id>: how to reach them first (call, write, go there), then what it is, then the facts;
 * or a helpful not-found page with the search.
 */
export function OfferScreen() {
  const t = useT();
  const operator = bundledOperator();
  const { params } = useRoute();
  const state = useAppState().catalogue.value;
  // A deep link names an offer of a region not loaded yet: the manifest says which pair holds it.
  const waiting = useRegions(
    state.status === 'ready' ? regionsOfOffers(state.manifest, [params.id ?? '']) : [],
  );
  if (state.status === 'loading' || waiting) return <p class="status">{t('summary.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p class="status status--error" role="alert">
        {t('summary.error')}
      </p>
    );
  }
  const { catalogue } = state;
  const offer = catalogue.offers.find((o) => o.id === params.id);
  if (!offer) return <OfferNotFound />;
  const region = offer.areas.find((a) => catalogue.regions.some((r) => r.id === a && r.kind === 'local'));
  const category = translateTaxonomy(t, catalogue.taxonomy).categories.find((c) => c.id === offer.category);
  return (
    <article class="offer">
      <p class="offer__category">{category?.label}</p>
      <h1>
        <bdi lang="de">{offer.name}</bdi>
      </h1>
      <p class="offer__provider">
        <bdi lang="de">{offer.organization.name}</bdi>
      </p>
      <WhatThisIs offer={offer} taxonomy={catalogue.taxonomy} />
      <GermanNamesNote />
      <ReadAloud from=".offer h1, .offer__provider, .about" />
      <OfferContacts
        offer={offer}
        koki={homeKoki(catalogue.offers, region)}
        provider={providerContact(offer, catalogue)}
      />
      <section class="about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('offer.aboutHeading')}</h2>
        {/* Catalogue texts are German in every language: marked so (a screen reader's German voice reads them) and
            laid out left to right inside an rtl page, where punctuation would otherwise drift to the wrong end. */}
        <p lang="de" dir="auto">
          {offer.description}
        </p>
        {category?.description && offer.category === 'koki' && <p class="hint">{category.description}</p>}
        <OfferFacts offer={offer} catalogue={catalogue} />
      </section>
      <OfferActions offer={offer} />
      <HandoverSection offers={[offer]} catalogue={catalogue} single />
      {offer.locations.length > 0 && <MapPanel offers={[offer]} focusId={offer.id} />}
      <OfferSource offer={offer} reportEmail={reportAddress(operator, region)} />
    </article>
  );
}
