import { useSignal } from '@preact/signals';
import { useT } from '../context.ts';
import { questionText } from '../lang/data-label.ts';
import type { Question, QuestionOption } from './questions.ts';

type Props = { question: Question; onAnswer: (chosen: QuestionOption[]) => void };

/** Large choices: a single choice answers at once; several choices are ticked and confirmed with "Weiter". */
export function ChoiceStep({ question, onAnswer }: Props) {
  const t = useT();
  const picked = useSignal<string[]>([]);
  if (question.kind === 'single') {
    return (
      <ul class="choices">
        {question.options.map((o) => (
          <li key={o.id}>
            <button type="button" class="choice" onClick={() => onAnswer([o])}>
              {questionText(t, question.id, `options.${o.id}`, o.label)}
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
      <legend class="visually-hidden">{questionText(t, question.id, 'text', question.text)}</legend>
      {question.options.map((o) => (
        <label key={o.id} class="choice choice--check">
          <input type="checkbox" checked={picked.value.includes(o.id)} onChange={() => toggle(o.id)} />{' '}
          {questionText(t, question.id, `options.${o.id}`, o.label)}
        </label>
      ))}
      <div class="step__actions">
        <button
          type="button"
          onClick={() => onAnswer(question.options.filter((o) => picked.value.includes(o.id)))}
        >
          {t('questions.next')}
        </button>
      </div>
    </fieldset>
  );
}
