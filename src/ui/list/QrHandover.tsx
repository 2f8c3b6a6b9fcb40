import { useSignal } from '@preact/signals';
import { useId, useMemo } from 'preact/hooks';
import { useModule } from '../common/use-module.ts';
import { useT } from '../context.ts';

/** The QR encoder and its library: loaded only when someone asks for a code. */
const loadQr = () => import('./qr.ts');

type Props = { path: string };

/**
 * Hands a list to another phone on a home visit: a QR code of the list's link, drawn on this device with no
 * request anywhere. The code carries only the offer ids in the link, nothing about the family.
 */
export function QrHandover({ path }: Props) {
  const t = useT();
  const open = useSignal(false);
  const id = useId();
  return (
    <section class="handover no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('list.handoverTitle')}</h2>
      <button
        type="button"
        class="secondary"
        aria-expanded={open.value}
        aria-controls={`${id}-body`}
        onClick={() => {
          open.value = !open.value;
        }}
      >
        {open.value ? t('list.qrHide') : t('list.qrShow')}
      </button>
      {open.value && (
        <div id={`${id}-body`} class="handover__body">
          <QrCode url={`${window.location.origin}${path}`} />
        </div>
      )}
    </section>
  );
}

function QrCode({ url }: { url: string }) {
  const t = useT();
  const qr = useModule(loadQr);
  const shape = useMemo(() => (qr.status === 'ready' ? qr.module.qrShape(url) : null), [qr, url]);
  return (
    <>
      <p>{t('list.qrHint')}</p>
      {shape ? (
        <svg
          class="qr"
          viewBox={`0 0 ${shape.size} ${shape.size}`}
          role="img"
          aria-label={t('list.qrLabel')}
          shape-rendering="crispEdges"
        >
          <rect width={shape.size} height={shape.size} fill="#fff" />
          <path d={shape.path} fill="#000" />
        </svg>
      ) : (
        <p class="status" role="status">
          {qr.status === 'error' ? t('list.qrError') : t('list.qrLoading')}
        </p>
      )}
      <p class="hint qr__url">{url}</p>
    </>
  );
}
