import type { TFunction } from 'i18next';
import type { MatrixRow } from '../../network/index.ts';

type Props = { regions: MatrixRow[]; current: string | undefined; t: TFunction };

/** The local regions as links (`/network?region=`), the chosen one marked for screen readers too. */
export function RegionNav({ regions, current, t }: Props) {
  return (
    <nav class="region-chooser" aria-labelledby="network-region-heading">
      <h2 id="network-region-heading">{t('network.regionNav')}</h2>
      <ul>
        {regions.map((r) => (
          <li key={r.region}>
            <a href={`/network?region=${r.region}`} aria-current={r.region === current ? 'page' : undefined}>
              {r.name}
            </a>
          </li>
        ))}
      </ul>
      {!current && <p>{t('network.chooseRegion')}</p>}
    </nav>
  );
}
