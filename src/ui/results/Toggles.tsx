type Props = {
  legend: string;
  terms: { id: string; label: string }[];
  on: string[];
  onToggle: (id: string) => void;
};

/** A group of on/off buttons for taxonomy terms (topics, ways of getting help). */
export function Toggles({ legend, terms, on, onToggle }: Props) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="toggles">
        {terms.map((term) => (
          <button
            key={term.id}
            type="button"
            class="toggle"
            aria-pressed={on.includes(term.id)}
            onClick={() => onToggle(term.id)}
          >
            {term.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
