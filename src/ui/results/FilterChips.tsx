import { useLocation } from 'preact-iso';
import type { Catalogue } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { type ResultsRequest, resultsUrl } from './results-url.ts';

type Props = { request: ResultsRequest; catalogue: Catalogue };

type Chip = { key: string; label: string; without: Partial<ResultsRequest> };

/** The active filters as removable chips, and the choices to add more: refine without starting over. */
export function FilterChips({ request, catalogue }: Props) {
  const t = useT();
  const { route } = useLocation();
  const { taxonomy, regions } = catalogue;
  const name = (list: { id: string; label: string }[], id: string) =>
    list.find((x) => x.id === id)?.label ?? id;
  const chips: Chip[] = [
    ...(request.region
      ? [
          {
            key: 'region',
            label: regions.find((r) => r.id === request.region)?.name ?? request.region,
            without: { region: undefined, place: undefined },
          },
        ]
      : []),
    ...(request.stage
      ? [{ key: 'stage', label: name(taxonomy.stages, request.stage), without: { stage: undefined } }]
      : []),
    ...(request.audience
      ? [
          {
            key: 'audience',
            label: name(taxonomy.audiences, request.audience),
            without: { audience: undefined },
          },
        ]
      : []),
    ...request.topics.map((id) => ({
      key: `t-${id}`,
      label: name(taxonomy.topics, id),
      without: { topics: request.topics.filter((x) => x !== id) },
    })),
    ...request.modes.map((id) => ({
      key: `m-${id}`,
      label: name(taxonomy.modes, id),
      without: { modes: request.modes.filter((x) => x !== id) },
    })),
    ...(request.q ? [{ key: 'q', label: `„${request.q.slice(0, 40)}“`, without: { q: '' } }] : []),
  ];
  const go = (change: Partial<ResultsRequest>) => route(resultsUrl({ ...request, ...change }), true);
  const toggle = (key: 'topics' | 'modes', id: string) =>
    go({ [key]: request[key].includes(id) ? request[key].filter((x) => x !== id) : [...request[key], id] });
  return (
    <div class="filters no-print">
      {chips.length > 0 && (
        <ul class="chips" aria-label={t('results.activeFilters')}>
          {chips.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                class="chip"
                onClick={() => go(c.without)}
                aria-label={t('results.removeFilter', { label: c.label })}
              >
                {c.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details class="filters__more">
        <summary>{t('results.refine')}</summary>
        <fieldset>
          <legend>{t('results.region')}</legend>
          <select
            aria-label={t('results.region')}
            value={request.region ?? ''}
            onChange={(e) =>
              go({
                // The select's options are the local region ids (and '' for none).
                region: (e.currentTarget.value || undefined) as ResultsRequest['region'],
                place: undefined,
              })
            }
          >
            <option value="">{t('results.anyRegion')}</option>
            {regions
              .filter((r) => r.kind === 'local')
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
          </select>
        </fieldset>
        <fieldset>
          <legend>{t('results.stage')}</legend>
          <select
            aria-label={t('results.stage')}
            value={request.stage ?? ''}
            onChange={(e) => go({ stage: e.currentTarget.value || undefined })}
          >
            <option value="">{t('results.anyStage')}</option>
            {taxonomy.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </fieldset>
        <Toggles
          legend={t('results.topics')}
          terms={taxonomy.topics}
          on={request.topics}
          onToggle={(id) => toggle('topics', id)}
        />
        <Toggles
          legend={t('results.modes')}
          terms={taxonomy.modes}
          on={request.modes}
          onToggle={(id) => toggle('modes', id)}
        />
      </details>
    </div>
  );
}

type TogglesProps = {
  legend: string;
  terms: { id: string; label: string }[];
  on: string[];
  onToggle: (id: string) => void;
};

/** A group of on/off buttons for taxonomy terms (topics, ways of getting help). */
function Toggles({ legend, terms, on, onToggle }: TogglesProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="toggles">
        {terms.map((term) => (
          <button
            key={term.id}
            type="button"
            class="toggle"
            aria-pressed={on.includes(term.id)}
            onClick={() => onToggle(term.id)}
          >
            {term.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
