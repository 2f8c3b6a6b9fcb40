import { useSignal } from '@preact/signals';
import { useT } from '../context.ts';
import { questionText } from '../lang/data-label.ts';
import type { Question, QuestionOption } from './questions.ts';

type Props = {
  question: Question;
  /** A professional asks for a family: answers speak about the family, and the "Fachkraft" choice is made. */
  professional: boolean;
  onAnswer: (chosen: QuestionOption[]) => void;
};

/** Large choices: a single choice answers at once; several choices are ticked and confirmed with "Weiter". */
export function ChoiceStep({ question, professional, onAnswer }: Props) {
  const t = useT();
  const picked = useSignal<string[]>([]);
  const options = question.options.filter((o) => !(professional && o.audience));
  const label = (o: QuestionOption) =>
    questionText(t, question.id, `options.${o.id}`, o.label, professional ? o.label_professional : undefined);
  if (question.kind === 'single') {
    return (
      <ul class="choices">
        {options.map((o) => (
          <li key={o.id}>
            <button type="button" class="choice" onClick={() => onAnswer([o])}>
              {label(o)}
            </button>
          </li>
        ))}
      </ul>
    );
  }
  const toggle = (id: string) => {
    picked.value = picked.value.includes(id) ? picked.value.filter((p) => p !== id) : [...picked.value, id];
  };
  return (
    <fieldset class="choices">
      <legend class="visually-hidden">
        {questionText(
          t,
          question.id,
          'text',
          question.text,
          professional ? question.text_professional : undefined,
        )}
      </legend>
      {options.map((o) => (
        <label key={o.id} class="choice choice--check">
          <input type="checkbox" checked={picked.value.includes(o.id)} onChange={() => toggle(o.id)} />{' '}
          {label(o)}
        </label>
      ))}
      <div class="step__actions">
        <button type="button" onClick={() => onAnswer(options.filter((o) => picked.value.includes(o.id)))}>
          {t('questions.next')}
        </button>
      </div>
    </fieldset>
  );
}
