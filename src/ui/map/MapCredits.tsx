import { CREDITS } from '../../map/sources.ts';
import { useMapT } from './use-map-t.ts';

/** The sources the licences require, in full and in plain sight below the map; tile credit only with tiles. */
export function MapCredits({ tiles }: { tiles: boolean }) {
  const s = useMapT();
  const { base, leaflet } = CREDITS;
  return (
    <p class="hint map-credits">
      {s('map.creditsBase')} <a href={base.url}>{base.text}</a>, <a href={base.licenceUrl}>{base.licence}</a>{' '}
      ({base.datasets}).
      {tiles && (
        <>
          {' '}
          {s('map.creditsTiles')} {CREDITS.tiles.text} <a href={CREDITS.tiles.url}>{CREDITS.tiles.url}</a>.
        </>
      )}{' '}
      {s('map.creditsSoftware')} <a href={leaflet.url}>{leaflet.text}</a>.
    </p>
  );
}
