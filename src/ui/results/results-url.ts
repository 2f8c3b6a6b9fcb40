import type { Catalogue, LocalRegionId } from '../../catalogue/index.ts';
import { MAX_TEXT_CHARS } from '../../matching/light.ts';

/** What /results?… asks for, after unknown values were dropped. */
export interface ResultsRequest {
  region?: LocalRegionId;
  place?: string;
  stage?: string;
  topics: string[];
  modes: string[];
  q: string;
  lang?: string;
  /** Who asks, a taxonomy audience id (professionals: "Ich frage als Fachkraft"). */
  audience?: string;
}

export interface Ignored {
  param: string;
  value: string;
}

const list = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Reads a hand-editable results URL; every value the catalogue does not know is ignored and reported. */
export function parseResultsUrl(
  search: string,
  catalogue: Catalogue,
): { request: ResultsRequest; ignored: Ignored[] } {
  const params = new URLSearchParams(search);
  const ignored: Ignored[] = [];
  const known = (param: string, value: string, ids: string[]) => {
    if (ids.includes(value)) return true;
    ignored.push({ param, value: value.slice(0, 60) });
    return false;
  };
  const localIds = catalogue.regions.filter((r) => r.kind === 'local').map((r) => r.id);
  const topicIds = catalogue.taxonomy.topics.map((t) => t.id);
  const modeIds = catalogue.taxonomy.modes.map((m) => m.id);
  const stageIds = catalogue.taxonomy.stages.map((s) => s.id);
  const audienceIds = catalogue.taxonomy.audiences.map((a) => a.id);
  const region = params.get('region');
  const stage = params.get('stage');
  const audience = params.get('audience');
  const request: ResultsRequest = {
    topics: [...new Set(list(params.get('topics')).filter((t) => known('topics', t, topicIds)))],
    modes: [...new Set(list(params.get('modes')).filter((m) => known('modes', m, modeIds)))],
    q: (params.get('q') ?? '').slice(0, MAX_TEXT_CHARS),
  };
  // known() has just checked that region is one of the local region ids.
  if (region && known('region', region, localIds)) request.region = region as LocalRegionId;
  if (stage && known('stage', stage, stageIds)) request.stage = stage;
  if (audience && known('audience', audience, audienceIds)) request.audience = audience;
  const place = params.get('place');
  if (place) request.place = place.slice(0, 80);
  const lang = params.get('lang');
  if (lang) request.lang = lang.slice(0, 10);
  return { request, ignored };
}

/** The canonical URL of a request, so chips and the questionnaire produce the same links. */
export function resultsUrl(request: Partial<ResultsRequest>): string {
  const params = new URLSearchParams();
  if (request.region) params.set('region', request.region);
  if (request.place) params.set('place', request.place);
  if (request.stage) params.set('stage', request.stage);
  if (request.audience) params.set('audience', request.audience);
  if (request.topics?.length) params.set('topics', request.topics.join(','));
  if (request.modes?.length) params.set('modes', request.modes.join(','));
  if (request.q) params.set('q', request.q);
  if (request.lang) params.set('lang', request.lang);
  const query = params.toString();
  return query ? `/results?${query}` : '/results';
}
