import { useId, useState } from 'preact/hooks';
import type { Offer } from '../../catalogue/index.ts';
import { importMapChunk, type MapModule } from '../../map/index.ts';
import { useAppState, useT } from '../context.ts';
import { clearChoice, readChoice, type TileChoice, writeChoice } from './consent.ts';
import { MapBody } from './MapBody.tsx';

type Props = {
  offers: readonly Offer[];
  /** The offer page's own offer: the map centres on it. */
  focusId?: string;
  /** Injected by tests; the app loads the map's Leaflet chunk, nothing of which is downloaded before this. */
  loadMap?: () => Promise<MapModule>;
};

/** "Karte anzeigen": loads the map on request, with tile consent, full credits and the same offers as a list. */
export function MapPanel({ offers, focusId, loadMap = importMapChunk }: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  // Kept here, not in the body: without storage the answer still holds when the map is closed and opened again.
  const [choice, setChoice] = useState<TileChoice>(readChoice);
  // During a home visit the answer holds for this map only: nothing is written to (or removed from) the device.
  const remember = useAppState().visit.value !== 'on';
  const answer = (next: 'yes' | 'no') => {
    if (remember) writeChoice(next);
    setChoice(next);
  };
  const withdraw = () => {
    if (remember) clearChoice();
    setChoice(null);
  };
  return (
    <section class="map-panel no-print" aria-label={t('map.heading')}>
      <button
        type="button"
        class="secondary"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
      >
        {open ? t('map.close') : t('map.open')}
      </button>
      {open && (
        <MapBody
          id={id}
          offers={offers}
          focusId={focusId}
          loadMap={loadMap}
          consent={{ choice, answer, withdraw }}
        />
      )}
    </section>
  );
}
