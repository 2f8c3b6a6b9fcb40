import type { TileChoice } from './consent.ts';
import { useMapT } from './use-map-t.ts';

type Props = {
  choice: TileChoice;
  onAnswer: (choice: 'yes' | 'no') => void;
  onWithdraw: () => void;
};

/** Asks before any request to the tile server; after an answer, says what is on and offers to undo it. */
export function TileConsent({ choice, onAnswer, onWithdraw }: Props) {
  const s = useMapT();
  if (choice === 'yes') {
    return (
      <p class="hint map-consent">
        {s('map.consentGiven')}{' '}
        <button type="button" class="link" onClick={onWithdraw}>
          {s('map.withdraw')}
        </button>
      </p>
    );
  }
  if (choice === 'no') {
    return (
      <p class="hint map-consent">
        {s('map.consentDeclined')} {s('map.consentOffline')}{' '}
        <button type="button" class="link" onClick={onWithdraw}>
          {s('map.changeChoice')}
        </button>
      </p>
    );
  }
  return (
    <div class="notice map-consent">
      <p>
        <strong>{s('map.consentQuestion')}</strong> {s('map.consentText')}
      </p>
      <p class="hint">
        {s('map.consentOffline')} {s('map.consentStored')}
      </p>
      <div class="actions">
        <button type="button" onClick={() => onAnswer('yes')}>
          {s('map.consentYes')}
        </button>
        <button type="button" class="secondary" onClick={() => onAnswer('no')}>
          {s('map.consentNo')}
        </button>
      </div>
    </div>
  );
}
