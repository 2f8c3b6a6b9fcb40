import type { Catalogue } from '../../catalogue/index.ts';
import type { TFunction } from '../../i18n/index.ts';
import { regionName } from '../common/region-name.ts';
import type { ResultsRequest } from './results-url.ts';

/**
 * The results heading names what was asked: the topics and the region, in the language shown ("Passende Hilfe:
 * Schreien und Unruhe – Landkreis Ostallgäu"). The family's own words (`q`) stay out of it.
 */
export function resultsWhat(t: TFunction, request: ResultsRequest, catalogue: Catalogue): string {
  const topics = request.topics
    .map((id) => catalogue.taxonomy.topics.find((x) => x.id === id))
    .flatMap((term) => (term ? [t(`data.topics.${term.id}`, { defaultValue: term.label })] : []))
    .join(', ');
  const info = catalogue.regions.find((r) => r.id === request.region);
  const region = info ? regionName(t, info) : '';
  // " – " reads the same in all nine languages, so no sentence of its own to translate (and to keep short).
  return [topics, region].filter(Boolean).join(' – ');
}
