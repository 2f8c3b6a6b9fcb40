import { useSignal } from '@preact/signals';

/** What the button shares, and what it says: the label, after the share sheet, after copying, when both fail. */
export type ShareTexts = { label: string; shared: string; copied: string; failed: string };

/** A text as it is, or a link (a path is made absolute against this page when shared). */
type Props = { share: { text: string } | { url: string }; texts: ShareTexts };

/**
 * Sharing as an explicit act: the phone's share sheet (messenger, SMS, Bluetooth) where the browser has the Web
 * Share API, otherwise the clipboard; when both fail the text is shown to select by hand, so nothing is lost.
 */
export function ShareButton({ share, texts }: Props) {
  const message = useSignal('');
  const fallback = useSignal<string | null>(null);
  const act = async () => {
    fallback.value = null;
    const payload = 'text' in share ? share.text : new URL(share.url, window.location.href).href;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share('text' in share ? share : { url: payload });
        message.value = texts.shared;
        return;
      }
      await navigator.clipboard.writeText(payload);
      message.value = texts.copied;
    } catch (error) {
      // The user closing the share sheet is no failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      message.value = texts.failed;
      fallback.value = payload;
    }
  };
  return (
    <>
      <button type="button" class="secondary" onClick={act}>
        {texts.label}
      </button>
      <p role="status" class="actions__status">
        {message.value}
      </p>
      {fallback.value !== null && (
        <textarea
          class="handover__text"
          readOnly
          rows={'text' in share ? 8 : 3}
          aria-label={texts.label}
          value={fallback.value}
        />
      )}
    </>
  );
}
