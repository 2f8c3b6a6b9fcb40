import { useSignal } from '@preact/signals';
import { useId, useMemo } from 'preact/hooks';
import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { useHandoverTexts } from '../lang/use-part-texts.ts';
import { linkCodes, textCodes } from './handover-codes.ts';
import { handoverText } from './handover-content.ts';
import { PrintSheet } from './PrintSheet.tsx';
import { QrCodes } from './QrCodes.tsx';
import { ShareText } from './ShareText.tsx';
import { useHandover } from './use-handover.ts';

type Props = { offers: Offer[]; catalogue: Catalogue; single?: boolean };

/**
 * Hands offers to a family's phone with no server and nothing about the family: a QR code of the list's link in
 * the family's language, a QR code of the contacts as text (any camera app shows it offline), the contacts as text
 * to share or copy, and an A4 sheet to print.
 */
export function HandoverSection(props: Props) {
  return useHandoverTexts() ? <Handover {...props} /> : null;
}

function Handover({ offers, catalogue, single = false }: Props) {
  const t = useT();
  const id = useId();
  const open = useSignal(false);
  const printing = useSignal(0);
  const handover = useHandover(offers, catalogue);
  const { entries, options } = handover;
  const links = useMemo(() => linkCodes(entries, options), [entries, options]);
  const texts = useMemo(() => textCodes(entries, options), [entries, options]);
  const text = handoverText(entries, { ...options, link: links.length === 1 ? (links[0] ?? null) : null });
  return (
    <>
      <section class="handover no-print" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{single ? t('handover.titleOffer') : t('handover.title')}</h2>
        <p class="hint">{t('handover.intro')}</p>
        <p class="handover__actions">
          <button
            type="button"
            class="secondary"
            aria-expanded={open.value}
            aria-controls={`${id}-body`}
            onClick={() => {
              open.value = !open.value;
            }}
          >
            {open.value ? t('handover.qrHide') : t('handover.qrShow')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => printing.value++}>
            {t('handover.print')}
          </button>
        </p>
        <ShareText text={text} />
        {open.value && (
          <div id={`${id}-body`} class="handover__body">
            <h3>{t('handover.qrLinkTitle')}</h3>
            <p>{t('handover.qrHint')}</p>
            <QrCodes texts={links} label={t('handover.qrLabel')} showText />
            <h3>{t('handover.qrTextTitle')}</h3>
            <p>{t('handover.qrTextHint')}</p>
            <QrCodes texts={texts} label={t('handover.qrTextLabel')} />
          </div>
        )}
      </section>
      {printing.value > 0 && <PrintSheet handover={handover} request={printing.value} />}
    </>
  );
}
