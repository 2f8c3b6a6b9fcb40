import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../common/format.ts';
import { useAppState, useT } from '../context.ts';

type Props = { locale: string };

/** A quiet line while the device is offline: that it is, and the date of the data shown (no alert, no sound). */
export function OfflineLine({ locale }: Props) {
  const t = useT();
  const catalogue = useAppState().catalogue.value;
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (online || catalogue.status !== 'ready') return null;
  return <p>{t('visit.offline', { date: formatDate(catalogue.catalogue.assured, locale) })}</p>;
}
