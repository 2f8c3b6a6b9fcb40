import type { Signal } from '@preact/signals';
import { useSignal } from '@preact/signals';
import { useT } from '../context.ts';
import type { Position } from './distance.ts';

type Props = { position: Signal<Position | null> };

/** Asks for the location only when tapped; distances are computed on the device and nothing is stored. */
export function NearMe({ position }: Props) {
  const t = useT();
  const status = useSignal<'idle' | 'asking' | 'denied'>('idle');
  // The prerender (Node, no navigator) draws the button as nearly every browser shows it, so the take-over moves nothing.
  if (typeof navigator !== 'undefined' && !('geolocation' in navigator)) return null;
  const ask = () => {
    status.value = 'asking';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        position.value = { latitude: p.coords.latitude, longitude: p.coords.longitude };
        status.value = 'idle';
      },
      () => {
        status.value = 'denied';
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };
  return (
    <p class="near-me no-print">
      {position.value ? (
        <button type="button" class="secondary" onClick={() => (position.value = null)}>
          {t('results.nearMeOff')}
        </button>
      ) : (
        <button type="button" class="secondary" onClick={ask} disabled={status.value === 'asking'}>
          {t('results.nearMe')}
        </button>
      )}{' '}
      <span class="hint">
        {status.value === 'denied' ? t('results.nearMeDenied') : t('results.nearMeHint')}
      </span>
    </p>
  );
}
