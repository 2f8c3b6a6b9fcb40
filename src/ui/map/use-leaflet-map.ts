import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Offer } from '../../catalogue/index.ts';
import type { MapModule, MapTexts } from '../../map/index.ts';

/** What the mounted map shows; read when it mounts and kept in step afterwards. */
export interface MapView {
  offers: readonly Offer[];
  focusId?: string;
  onlineTiles: boolean;
  texts: MapTexts;
}

/** AGS codes the offers serve: they frame the map when no offer has a location. */
function regionCodes(offers: readonly Offer[]): string[] {
  return [...new Set(offers.flatMap((o) => o.service_areas).filter((c) => /^\d{5,8}$/.test(c)))];
}

const keyOf = (offers: readonly Offer[]) => offers.map((o) => o.id).join('\n');

/** Mounts the loaded map chunk into `element`, keeps it in step with `view`, and removes it on unmount. */
export function useLeafletMap(
  element: RefObject<HTMLDivElement | null>,
  module: MapModule | null,
  view: MapView,
): void {
  const handle = useRef<ReturnType<MapModule['mountMap']> | null>(null);
  const shownKey = useRef('');
  const latest = useRef(view);
  latest.current = view;

  useEffect(() => {
    if (!module || !element.current) return;
    const now = latest.current;
    const mounted = module.mountMap(element.current, {
      offers: now.offers,
      focusId: now.focusId,
      texts: now.texts,
      onlineTiles: now.onlineTiles,
      regionCodes: regionCodes(now.offers),
    });
    handle.current = mounted;
    shownKey.current = keyOf(now.offers);
    return () => {
      mounted.destroy();
      handle.current = null;
    };
  }, [module, element]);

  // Results re-render with new arrays of the same offers; the map redraws only when the offers differ.
  const offerKey = keyOf(view.offers);
  useEffect(() => {
    if (!handle.current || shownKey.current === offerKey) return;
    shownKey.current = offerKey;
    handle.current.setOffers(latest.current.offers);
  });

  useEffect(() => {
    handle.current?.enableOnlineTiles(view.onlineTiles);
  }, [view.onlineTiles]);

  useEffect(() => {
    if (view.focusId) handle.current?.focusOffer(view.focusId);
  }, [view.focusId]);
}
