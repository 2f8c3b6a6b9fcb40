import type { Offer, Taxonomy } from '../../catalogue/index.ts';
import { GERMAN, type TFunction } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';
import { dataLabel } from './data-label.ts';

type Props = { offer: Offer; taxonomy: Taxonomy };

const find = (list: { id: string; label: string }[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

/** What an offer is, in the language shown: its category and (up to `maxTopics` of) its topics, from the data labels. */
export function whatThisIs(t: TFunction, taxonomy: Taxonomy, offer: Offer, maxTopics = Infinity): string {
  const category = dataLabel(t, 'categories', offer.category, find(taxonomy.categories, offer.category));
  const topics = offer.topics
    .slice(0, maxTopics)
    .map((id) => dataLabel(t, 'topics', id, find(taxonomy.topics, id)));
  return topics.length > 0 ? `${category}: ${topics.join(', ')}` : category;
}

/**
 * Outside German, an offer's name and description stay German: on its page one translated line says what it is
 * (category and topics) and which languages the service speaks, built from the data labels. (A result card says it
 * in its one "what this is" line instead: see OfferCard.)
 */
export function WhatThisIs({ offer, taxonomy }: Props) {
  const t = useT();
  const code = useLanguage()?.current.value.code ?? GERMAN;
  if (code === GERMAN) return null;
  const languages = offer.languages.map((id) => dataLabel(t, 'languages', id, find(taxonomy.languages, id)));
  return (
    <p class="what-this-is">
      {`${whatThisIs(t, taxonomy, offer)}.`}
      {languages.length > 0 && ` ${t('lang.speaks', { languages: languages.join(', ') })}`}
    </p>
  );
}
