import { useSignal } from '@preact/signals';
import { useT } from '../context.ts';

type Props = { text: string };

/**
 * "Als Text teilen": the phone's share sheet (messenger, SMS, Bluetooth) where the browser has the Web Share API,
 * otherwise the clipboard; when both fail the text is shown to select by hand, so nothing is lost.
 */
export function ShareText({ text }: Props) {
  const t = useT();
  const message = useSignal('');
  const fallback = useSignal(false);
  const share = async () => {
    fallback.value = false;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ text });
        message.value = t('handover.shared');
        return;
      }
      await navigator.clipboard.writeText(text);
      message.value = t('handover.copied');
    } catch (error) {
      // The user closing the share sheet is no failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      message.value = t('handover.copyFailed');
      fallback.value = true;
    }
  };
  return (
    <>
      <button type="button" class="secondary" onClick={share}>
        {t('handover.shareText')}
      </button>
      <p role="status" class="actions__status">
        {message.value}
      </p>
      {fallback.value && (
        <textarea
          class="handover__text"
          readOnly
          rows={8}
          aria-label={t('handover.shareText')}
          value={text}
        />
      )}
    </>
  );
}
