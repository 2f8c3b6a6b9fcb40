import { useT } from '../context.ts';
import { questionText } from '../lang/data-label.ts';
import type { Question } from './questions.ts';

type Props = {
  question: Question;
  /** 1-based number of the question shown, and how many there are. */
  n: number;
  total: number;
  /** A professional asks for a family: the family-phrased text and hint, where the data has them. */
  professional: boolean;
};

/** Progress, the question as the screen's heading, and its hint. */
export function QuestionHeading({ question, n, total, professional }: Props) {
  const t = useT();
  const pro = (german: string | undefined) => (professional ? german : undefined);
  return (
    <>
      <p class="progress">{t('questions.progress', { n, total })}</p>
      <progress max={total} value={n} aria-hidden="true" />
      <h1>{questionText(t, question.id, 'text', question.text, pro(question.text_professional))}</h1>
      {question.hint && (
        <p class="hint">
          {questionText(t, question.id, 'hint', question.hint, pro(question.hint_professional))}
        </p>
      )}
    </>
  );
}
