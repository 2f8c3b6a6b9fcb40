import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { findLanguage, GERMAN } from '../../i18n/index.ts';
import { formatDate } from '../common/format.ts';
import { useAppState, useLanguage, useT } from '../context.ts';
import type { CodeOptions } from './handover-codes.ts';
import { type HandoverEntry, handoverEntry } from './handover-content.ts';

export interface Handover {
  entries: HandoverEntry[];
  options: CodeOptions;
}

/** The hand-over of these offers in the language shown: today's date, this page's origin, the family's language. */
export function useHandover(offers: Offer[], catalogue: Catalogue): Handover {
  const t = useT();
  const state = useAppState();
  const lang = useLanguage()?.current.value.code ?? GERMAN;
  const language = findLanguage(lang);
  const today = state.today();
  const options: CodeOptions = {
    t,
    today,
    date: formatDate(today, language?.locale ?? GERMAN),
    origin: window.location.origin,
    lang,
    rtl: language?.dir === 'rtl',
  };
  return { entries: offers.map((o) => handoverEntry(o, catalogue, t)), options };
}
