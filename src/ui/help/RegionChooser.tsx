import { LOCAL_REGION_IDS } from '../../catalogue/index.ts';
import { useT } from '../context.ts';

/** One row of the five regions, for a family whose region Lotse does not know yet. */
export function RegionChooser() {
  const t = useT();
  return (
    <nav class="region-chooser" aria-labelledby="region-chooser-heading">
      <h2 id="region-chooser-heading">{t('helpNow.chooseRegion')}</h2>
      <ul>
        {LOCAL_REGION_IDS.map((id) => (
          <li key={id}>
            <a href={`/help-now?region=${id}`}>{t(`regions.${id}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
