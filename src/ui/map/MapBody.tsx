import { useRef } from 'preact/hooks';
import type { Offer } from '../../catalogue/index.ts';
import type { MapModule, MapTexts } from '../../map/index.ts';
import { useModule } from '../common/use-module.ts';
import { useT } from '../context.ts';
import type { TileChoice } from './consent.ts';
import { MapCredits } from './MapCredits.tsx';
import { MapList } from './MapList.tsx';
import { TileConsent } from './TileConsent.tsx';
import { useLeafletMap } from './use-leaflet-map.ts';

type Props = {
  /** The panel's id: the body's own id and its parts' ids derive from it. */
  id: string;
  offers: readonly Offer[];
  focusId?: string;
  loadMap: () => Promise<MapModule>;
  consent: { choice: TileChoice; answer: (next: 'yes' | 'no') => void; withdraw: () => void };
};

function mapTexts(t: ReturnType<typeof useT>): MapTexts {
  return {
    approximate: t('map.approximate'),
    close: t('map.closePopup'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    group: (n, town) => t('map.group', { n, town }),
  };
}

/** The open map: its chunk loads when this mounts, and the map is removed when this unmounts. */
export function MapBody({ id, offers, focusId, loadMap, consent }: Props) {
  const t = useT();
  const element = useRef<HTMLDivElement>(null);
  const chunk = useModule(loadMap);
  const { choice } = consent;
  const module = chunk.status === 'ready' ? chunk.module : null;
  useLeafletMap(element, module, { offers, focusId, onlineTiles: choice === 'yes', texts: mapTexts(t) });
  return (
    <div id={`${id}-body`} class="map-panel__body">
      <TileConsent choice={choice} onAnswer={consent.answer} onWithdraw={consent.withdraw} />
      {chunk.status === 'loading' && (
        <p class="status" role="status">
          {t('map.loading')}
        </p>
      )}
      {chunk.status === 'error' && (
        <p class="notice" role="alert">
          {t('map.error')}
        </p>
      )}
      <section
        class="map-panel__frame"
        aria-label={t('map.label')}
        aria-describedby={`${id}-hint`}
        hidden={chunk.status === 'error'}
      >
        {/* Leaflet owns this element's classes and children; Preact never re-renders it. */}
        <div ref={element} />
      </section>
      <p id={`${id}-hint`} class="hint">
        {t('map.keyboardHint')} {t('map.approximateHint')}
      </p>
      <MapCredits tiles={choice === 'yes'} />
      <MapList offers={offers} headingId={`${id}-list`} />
    </div>
  );
}
