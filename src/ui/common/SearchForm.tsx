import { useContext } from 'preact/hooks';
import { LocationProvider } from 'preact-iso';
import { MAX_TEXT_CHARS } from '../../matching/light.ts';
import { useT } from '../context.ts';

/**
 * `keep`: filters already chosen (region, stage, …) that a new search must not lose. `compact`: one line (the
 * label only for screen readers, no example), where results need the room.
 */
type Props = { query?: string; keep?: Record<string, string | undefined>; compact?: boolean };

/**
 * The free-text search: a real form that works without JavaScript, submitting to /results?q=. Once the app runs, it
 * goes through the router instead, which keeps the words out of the address (private-address.ts): a form sent by
 * the browser would put them in the history list before the app could take them out.
 */
export function SearchForm({ query = '', keep = {}, compact = false }: Props) {
  const t = useT();
  // Without a LocationProvider around it (a component rendered alone) there is no router: the form is sent as it is.
  const { route } = useContext(LocationProvider.ctx);
  const onSubmit = (event: SubmitEvent) => {
    const form = event.currentTarget;
    if (typeof route !== 'function' || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    route(`/results?${params}`);
  };
  return (
    <search class={compact ? 'search search--compact' : 'search'}>
      <form action="/results" method="get" onSubmit={onSubmit}>
        {Object.entries(keep)
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        <label for="search-q" class={compact ? 'visually-hidden' : undefined}>
          {t('start.searchLabel')}
        </label>
        {!compact && (
          <p id="search-hint" class="hint">
            {t('start.searchHint')}
          </p>
        )}
        <div class="search__row">
          <input
            id="search-q"
            name="q"
            type="search"
            key={query}
            defaultValue={query}
            aria-describedby={compact ? undefined : 'search-hint'}
            autocomplete="off"
            enterkeyhint="search"
            maxLength={MAX_TEXT_CHARS}
          />
          <button type="submit">{t('start.searchButton')}</button>
        </div>
      </form>
    </search>
  );
}
