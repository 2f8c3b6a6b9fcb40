import { CREDITS } from '../../map/index.ts';
import { useT } from '../context.ts';

/** The sources the licences require, in full and in plain sight below the map; tile credit only with tiles. */
export function MapCredits({ tiles }: { tiles: boolean }) {
  const t = useT();
  const { base, leaflet } = CREDITS;
  return (
    <p class="hint map-credits">
      {t('map.creditsBase')} <a href={base.url}>{base.text}</a>, <a href={base.licenceUrl}>{base.licence}</a>{' '}
      ({base.datasets}).
      {tiles && (
        <>
          {' '}
          {t('map.creditsTiles')} {CREDITS.tiles.text} <a href={CREDITS.tiles.url}>{CREDITS.tiles.url}</a>.
        </>
      )}{' '}
      {t('map.creditsSoftware')} <a href={leaflet.url}>{leaflet.text}</a>.
    </p>
  );
}
