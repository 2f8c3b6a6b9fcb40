import type { Catalogue } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { dataLabel } from '../lang/data-label.ts';

type Props = { need: { id: string; label: string; responsible: string[] }; catalogue: Catalogue };

/** A need Lotse does not cover, said plainly, with the office responsible for it where a source names one. */
export function NotCovered({ need, catalogue }: Props) {
  const t = useT();
  const offices = need.responsible.flatMap((id) => catalogue.offers.filter((o) => o.id === id));
  return (
    <div class="notice notice--uncovered">
      <p>{t('results.notCovered', { label: dataLabel(t, 'notCovered', need.id, need.label) })}</p>
      {offices.length > 0 ? (
        <p>
          {t('results.notCoveredOffice')}{' '}
          {offices.map((o, i) => (
            <span key={o.id}>
              {i > 0 && ', '}
              <a href={`/offer/${encodeURIComponent(o.id)}`}>{o.name}</a>
            </span>
          ))}
        </p>
      ) : (
        <p>{t('results.notCoveredKoki')}</p>
      )}
    </div>
  );
}
