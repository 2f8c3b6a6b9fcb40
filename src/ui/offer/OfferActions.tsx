import { useSignal } from '@preact/signals';
import type { Offer } from '../../catalogue/index.ts';
import { useAppState, useT } from '../context.ts';
import { toVCard } from './vcard.ts';

type Props = { offer: Offer };

/** Save to my list, save as contact (vCard made on the device), share or copy the link (the sheet prints below). */
export function OfferActions({ offer }: Props) {
  const t = useT();
  const state = useAppState();
  const message = useSignal('');
  const saved = state.saved.value.ids.includes(offer.id);
  const toggle = async () => {
    const ok = saved ? await state.unsave(offer.id) : await state.save(offer.id);
    message.value = ok ? t(saved ? 'offer.removed' : 'offer.saved') : t('list.storeError');
  };
  const vcard = () => {
    const url = URL.createObjectURL(new Blob([toVCard(offer)], { type: 'text/vcard' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${offer.id}.vcf` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const share = async () => {
    const url = `${location.origin}/offer/${offer.id}`;
    try {
      if (navigator.share) {
        await navigator.share({ title: offer.name, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      message.value = t('offer.copied');
    } catch {
      message.value = t('offer.copyFailed', { url });
    }
  };
  return (
    <div class="actions no-print">
      <button type="button" onClick={toggle} aria-pressed={saved}>
        {saved ? t('offer.unsave') : t('offer.save')}
      </button>
      <button type="button" class="secondary" onClick={vcard}>
        {t('offer.vcard')}
      </button>
      <button type="button" class="secondary" onClick={share}>
        {t('offer.share')}
      </button>
      <p role="status" class="actions__status">
        {message.value}
      </p>
    </div>
  );
}
