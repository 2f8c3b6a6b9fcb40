import { useMemo } from 'preact/hooks';
import { useModule } from '../common/use-module.ts';
import { useT } from '../context.ts';
import type { QrShape } from './qr.ts';

/** The QR encoder and its library: loaded only when someone asks for a code. */
export const loadQr = () => import('./qr.ts');

type Props = {
  /** One text per code; several when the content was split. */
  texts: string[];
  label: string;
  /** Show each code's text under it (a link is worth reading; a page of contacts is not). */
  showText?: boolean;
};

/**
 * QR codes drawn on this device with no request anywhere, each labelled "1 von 3" when there are several; a code
 * the encoder refuses (too much text) is said so instead of being cut.
 */
export function QrCodes({ texts, label, showText = false }: Props) {
  const t = useT();
  const qr = useModule(loadQr);
  const shapes = useMemo(
    () => (qr.status === 'ready' ? texts.map((text) => safeShape(qr.module.qrShape, text)) : null),
    [qr, texts],
  );
  if (!shapes) {
    return (
      <p class="status" role="status">
        {qr.status === 'error' ? t('handover.qrError') : t('handover.qrLoading')}
      </p>
    );
  }
  const total = texts.length;
  return (
    <>
      {total > 1 && <p class="notice">{t('handover.qrSplit', { count: total })}</p>}
      {shapes.map((shape, i) => {
        const part = total > 1 ? t('handover.part', { index: String(i + 1), total: String(total) }) : '';
        return (
          <figure class="qr__figure" key={texts[i]}>
            {shape ? (
              <svg
                class="qr"
                viewBox={`0 0 ${shape.size} ${shape.size}`}
                role="img"
                aria-label={part ? `${label} (${part})` : label}
                shape-rendering="crispEdges"
              >
                <rect width={shape.size} height={shape.size} fill="#fff" />
                <path d={shape.path} fill="#000" />
              </svg>
            ) : (
              <p class="notice">{t('handover.qrTooLong')}</p>
            )}
            {part && <figcaption>{part}</figcaption>}
            {showText && <p class="hint qr__url">{texts[i]}</p>}
          </figure>
        );
      })}
    </>
  );
}

/** The encoder throws past the largest code (2,331 bytes at level M): that text is then too long, not lost. */
function safeShape(encode: (text: string) => QrShape, text: string): QrShape | null {
  try {
    return encode(text);
  } catch {
    return null;
  }
}
