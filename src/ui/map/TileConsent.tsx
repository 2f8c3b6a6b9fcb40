import { useT } from '../context.ts';
import type { TileChoice } from './consent.ts';

type Props = {
  choice: TileChoice;
  onAnswer: (choice: 'yes' | 'no') => void;
  onWithdraw: () => void;
};

/** Asks before any request to the tile server; after an answer, says what is on and offers to undo it. */
export function TileConsent({ choice, onAnswer, onWithdraw }: Props) {
  const t = useT();
  if (choice === 'yes') {
    return (
      <p class="hint map-consent">
        {t('map.consentGiven')}{' '}
        <button type="button" class="link" onClick={onWithdraw}>
          {t('map.withdraw')}
        </button>
      </p>
    );
  }
  if (choice === 'no') {
    return (
      <p class="hint map-consent">
        {t('map.consentDeclined')} {t('map.consentOffline')}{' '}
        <button type="button" class="link" onClick={onWithdraw}>
          {t('map.changeChoice')}
        </button>
      </p>
    );
  }
  return (
    <div class="notice map-consent">
      <p>
        <strong>{t('map.consentQuestion')}</strong> {t('map.consentText')}
      </p>
      <p class="hint">
        {t('map.consentOffline')} {t('map.consentStored')}
      </p>
      <div class="actions">
        <button type="button" onClick={() => onAnswer('yes')}>
          {t('map.consentYes')}
        </button>
        <button type="button" class="secondary" onClick={() => onAnswer('no')}>
          {t('map.consentNo')}
        </button>
      </div>
    </div>
  );
}
