import { useSignal } from '@preact/signals';
import type { LocalRegionId } from '../../catalogue/index.ts';
import { normalise, type PlaceEntry, resolvePlace } from '../../matching/index.ts';
import { useT } from '../context.ts';

type Props = {
  places: PlaceEntry[];
  preferNot: string;
  onAnswer: (answer: { region?: LocalRegionId; place?: string }) => void;
};

/** Where do you live: suggestions from the offline place list as you type; a typo still finds the place. */
export function PlaceStep({ places, preferNot, onAnswer }: Props) {
  const t = useT();
  const text = useSignal('');
  const error = useSignal(false);
  const key = normalise(text.value).trim();
  const suggestions =
    key.length < 2
      ? []
      : places.filter((p) => p.key.startsWith(key) || p.name.toLowerCase().startsWith(key)).slice(0, 6);
  const submit = (event: Event) => {
    event.preventDefault();
    const found = resolvePlace(text.value, places);
    if (found) onAnswer(found);
    else error.value = true;
  };
  return (
    <form onSubmit={submit} class="place-step">
      <label for="place-input">{t('questions.placeLabel')}</label>
      <input
        id="place-input"
        type="text"
        autocomplete="off"
        inputMode="text"
        value={text.value}
        aria-describedby={error.value ? 'place-error' : undefined}
        aria-invalid={error.value}
        onInput={(e) => {
          text.value = e.currentTarget.value;
          error.value = false;
        }}
      />
      {error.value && (
        <p id="place-error" class="status--error" role="alert">
          {t('questions.placeUnknown')}
        </p>
      )}
      {suggestions.length > 0 && (
        <ul class="suggestions" aria-label={t('questions.suggestions')}>
          {suggestions.map((p) => (
            <li key={p.key}>
              <button
                type="button"
                class="choice"
                onClick={() => onAnswer({ region: p.region, place: p.name })}
              >
                {/^\d{5}$/.test(p.key) ? `${p.key} ${p.name}` : p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="step__actions">
        <button type="submit">{t('questions.next')}</button>
        <button type="button" class="secondary" onClick={() => onAnswer({})}>
          {preferNot}
        </button>
      </div>
    </form>
  );
}
