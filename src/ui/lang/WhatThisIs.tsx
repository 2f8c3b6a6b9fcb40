import type { Offer, Taxonomy } from '../../catalogue/index.ts';
import { GERMAN } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';
import { dataLabel } from './data-label.ts';

type Props = { offer: Offer; taxonomy: Taxonomy };

const find = (list: { id: string; label: string }[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

/**
 * Outside German, an offer's name and description stay German: one translated line says what it is (category and
 * topics) and which languages the service speaks, built from the data labels.
 */
export function WhatThisIs({ offer, taxonomy }: Props) {
  const t = useT();
  const code = useLanguage()?.current.value.code ?? GERMAN;
  if (code === GERMAN) return null;
  const category = dataLabel(t, 'categories', offer.category, find(taxonomy.categories, offer.category));
  const topics = offer.topics.map((id) => dataLabel(t, 'topics', id, find(taxonomy.topics, id)));
  const languages = offer.languages.map((id) => dataLabel(t, 'languages', id, find(taxonomy.languages, id)));
  return (
    <p class="what-this-is">
      {topics.length > 0 ? `${category}: ${topics.join(', ')}.` : `${category}.`}
      {languages.length > 0 && ` ${t('lang.speaks', { languages: languages.join(', ') })}`}
    </p>
  );
}
