import type { Catalogue } from '../../catalogue/index.ts';
import type { ResultsRequest } from './results-url.ts';

/** An active filter: its label, and the change to the request that removes it. */
export type Chip = { key: string; label: string; without: Partial<ResultsRequest> };

/** The request's active filters as chips, in the order the results screen shows them. */
export function activeChips(request: ResultsRequest, { taxonomy, regions }: Catalogue): Chip[] {
  const name = (list: { id: string; label: string }[], id: string) =>
    list.find((x) => x.id === id)?.label ?? id;
  const chip = (key: string, label: string, without: Partial<ResultsRequest>): Chip[] => [
    { key, label, without },
  ];
  return [
    ...(request.region
      ? chip('region', regions.find((r) => r.id === request.region)?.name ?? request.region, {
          region: undefined,
          place: undefined,
        })
      : []),
    ...(request.stage ? chip('stage', name(taxonomy.stages, request.stage), { stage: undefined }) : []),
    ...(request.audience
      ? chip('audience', name(taxonomy.audiences, request.audience), { audience: undefined })
      : []),
    ...request.topics.flatMap((id) =>
      chip(`t-${id}`, name(taxonomy.topics, id), { topics: request.topics.filter((x) => x !== id) }),
    ),
    ...request.modes.flatMap((id) =>
      chip(`m-${id}`, name(taxonomy.modes, id), { modes: request.modes.filter((x) => x !== id) }),
    ),
    ...(request.q ? chip('q', `„${request.q.slice(0, 40)}“`, { q: '' }) : []),
  ];
}
