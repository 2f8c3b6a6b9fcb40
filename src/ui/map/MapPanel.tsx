import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Offer } from '../../catalogue/types.ts';
import type { MapHandle, MapModule, MapTexts } from '../../map/types.ts';
import { useT } from '../context.ts';
import { clearChoice, readChoice, type TileChoice, writeChoice } from './consent.ts';
import { MapCredits } from './MapCredits.tsx';
import { MapList } from './MapList.tsx';
import { TileConsent } from './TileConsent.tsx';

type Props = {
  offers: readonly Offer[];
  /** The offer page's own offer: the map centres on it. */
  focusId?: string;
  /** Injected by tests; the app uses the one dynamic import of the map chunk. */
  loadMap?: () => Promise<MapModule>;
};

type Status = 'loading' | 'ready' | 'error';
type T = ReturnType<typeof useT>;

/** The app's only way to Leaflet: nothing of the map is downloaded before someone asks for it. */
const importMap = (): Promise<MapModule> => import('../../map/index.ts');

/** AGS codes the offers serve: they frame the map when no offer has a location. */
function regionCodes(offers: readonly Offer[]): string[] {
  return [...new Set(offers.flatMap((o) => o.service_areas).filter((c) => /^\d{5,8}$/.test(c)))];
}

function mapTexts(t: T): MapTexts {
  return {
    approximate: t('map.approximate'),
    close: t('map.closePopup'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    group: (n, town) => t('map.group', { n, town }),
  };
}

/** "Karte anzeigen": loads the map on request, with tile consent, full credits and the same offers as a list. */
export function MapPanel({ offers, focusId, loadMap = importMap }: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>('loading');
  const [choice, setChoice] = useState<TileChoice>(readChoice);
  const element = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const shownKey = useRef('');
  const latest = useRef({ offers, focusId, choice, loadMap, t });
  latest.current = { offers, focusId, choice, loadMap, t };
  const offerKey = offers.map((o) => o.id).join('\n');

  useEffect(() => {
    if (!open) return;
    let live = true;
    setStatus('loading');
    latest.current.loadMap().then(
      (mod) => {
        if (!live || !element.current) return;
        const now = latest.current;
        handle.current = mod.mountMap(element.current, {
          offers: now.offers,
          focusId: now.focusId,
          texts: mapTexts(now.t),
          onlineTiles: now.choice === 'yes',
          regionCodes: regionCodes(now.offers),
        });
        shownKey.current = now.offers.map((o) => o.id).join('\n');
        setStatus('ready');
      },
      () => {
        if (live) setStatus('error');
      },
    );
    return () => {
      live = false;
      handle.current?.destroy();
      handle.current = null;
    };
  }, [open]);

  // Results re-render with new arrays of the same offers; the map redraws only when the offers differ.
  useEffect(() => {
    if (!handle.current || shownKey.current === offerKey) return;
    shownKey.current = offerKey;
    handle.current.setOffers(latest.current.offers);
  });

  useEffect(() => {
    handle.current?.enableOnlineTiles(choice === 'yes');
  }, [choice]);

  useEffect(() => {
    if (focusId) handle.current?.focusOffer(focusId);
  }, [focusId]);

  const answer = (next: 'yes' | 'no') => {
    writeChoice(next);
    setChoice(next);
  };
  const withdraw = () => {
    clearChoice();
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
        <div id={`${id}-body`} class="map-panel__body">
          <TileConsent choice={choice} onAnswer={answer} onWithdraw={withdraw} />
          {status === 'loading' && (
            <p class="status" role="status">
              {t('map.loading')}
            </p>
          )}
          {status === 'error' && (
            <p class="notice" role="alert">
              {t('map.error')}
            </p>
          )}
          <section
            class="map-panel__frame"
            aria-label={t('map.label')}
            aria-describedby={`${id}-hint`}
            hidden={status === 'error'}
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
      )}
    </section>
  );
}
