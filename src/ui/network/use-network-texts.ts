import type { i18n, TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { GERMAN } from '../../i18n/index.ts';
import { useI18n } from '../context.ts';

// A plain import(), as the language switch loads it: going through ui/common/deferred.ts from this chunk would make
// the bundler split the first bundle into more files (measured: +1 KB gzip).
const loadTexts = (instance: i18n) =>
  import('../../i18n/loader.ts').then((m) => m.loadLocale(instance, GERMAN, 'network'));

export type NetworkTexts = { status: 'loading' | 'failed' } | { status: 'ready'; t: TFunction };

/**
 * The network screen's texts: German whatever language the app speaks (the screen serves German-speaking
 * professionals working in German data), from their own file, loaded when the screen opens.
 */
export function useNetworkTexts(): NetworkTexts {
  const i18n = useI18n();
  const loaded = () => i18n.exists('network.title', { lng: GERMAN, fallbackLng: false });
  const [status, setStatus] = useState<NetworkTexts['status']>(() => (loaded() ? 'ready' : 'loading'));
  useEffect(() => {
    if (status !== 'loading') return;
    let live = true;
    loadTexts(i18n).then(
      (result) => live && setStatus(result === 'failed' ? 'failed' : 'ready'),
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [i18n, status]);
  return status === 'ready' ? { status, t: i18n.getFixedT(GERMAN) } : { status };
}
