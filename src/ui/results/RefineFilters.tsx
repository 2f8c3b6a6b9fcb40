import type { Catalogue } from '../../catalogue/index.ts';
import { regionName } from '../common/region-name.ts';
import { useT } from '../context.ts';
import { translateTaxonomy } from '../lang/data-label.ts';
import type { ResultsRequest } from './results-url.ts';
import { Toggles } from './Toggles.tsx';

type Props = {
  request: ResultsRequest;
  catalogue: Catalogue;
  /** Applies a change to the request (a new results URL). */
  go: (change: Partial<ResultsRequest>) => void;
};

/** "Refine": region, stage, topics and ways of getting help, each changed without starting over. */
export function RefineFilters({ request, catalogue, go }: Props) {
  const t = useT();
  const { regions } = catalogue;
  const taxonomy = translateTaxonomy(t, catalogue.taxonomy);
  const toggle = (key: 'topics' | 'modes', id: string) =>
    go({ [key]: request[key].includes(id) ? request[key].filter((x) => x !== id) : [...request[key], id] });
  const pickRegion = (value: string) =>
    // The select's options are the local region ids (and '' for none).
    go({ region: (value || undefined) as ResultsRequest['region'], place: undefined });
  return (
    <details class="filters__more">
      <summary>{t('results.refine')}</summary>
      <fieldset>
        <legend>{t('results.region')}</legend>
        <select
          aria-label={t('results.region')}
          value={request.region ?? ''}
          onChange={(e) => pickRegion(e.currentTarget.value)}
        >
          <option value="">{t('results.anyRegion')}</option>
          {regions
            .filter((r) => r.kind === 'local')
            .map((r) => (
              <option key={r.id} value={r.id}>
                {regionName(t, r)}
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
  );
}
