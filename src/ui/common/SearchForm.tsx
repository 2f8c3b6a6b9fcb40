import { MAX_TEXT_CHARS } from '../../matching/light.ts';
import { useT } from '../context.ts';

/**
 * `keep`: filters already chosen (region, stage, …) that a new search must not lose. `compact`: one line (the
 * label only for screen readers, no example), where results need the room.
 */
type Props = { query?: string; keep?: Record<string, string | undefined>; compact?: boolean };

/** The free-text search: a real form that works without JavaScript, submitting to /results?q=. */
export function SearchForm({ query = '', keep = {}, compact = false }: Props) {
  const t = useT();
  return (
    <search class={compact ? 'search search--compact' : 'search'}>
      <form action="/results" method="get">
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
