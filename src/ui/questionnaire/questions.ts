import { bundledQuestionnaire, type LocalRegionId } from '../../catalogue/index.ts';
import { type Answers, answersToQuery, type Question, type QuestionOption } from '../../matching/index.ts';
import { resultsUrl } from '../results/results-url.ts';

export type { Question, QuestionOption };

/** The questions of data/questionnaire.json, in order: parsed by src/catalogue on first use, checked against
 * the taxonomy by catalogue:check. */
export const questions = (): Question[] => bundledQuestionnaire().questions;

/**
 * Records the options chosen for one question as the core reads them: one id, or the list of ids. "Ich frage als
 * Fachkraft" (the option with an audience) is not the family's stage: it makes the questions speak about the family.
 */
export function applyChoice(answers: Answers, question: Question, chosen: QuestionOption[]): Answers {
  if (chosen[0]?.audience) return { ...answers, professional: true };
  const ids = chosen.map((o) => o.id);
  if (question.id === 'topics' || question.id === 'modes') return { ...answers, [question.id]: ids };
  if ((question.id === 'safety' || question.id === 'stage') && ids[0])
    return { ...answers, [question.id]: ids[0] };
  return answers;
}

/** Records the place answer: the town and its region, or "prefer not to say" when none was given. */
export function applyPlace(answers: Answers, answer: { region?: LocalRegionId; place?: string }): Answers {
  const place = answer.region ? { region: answer.region, text: answer.place } : ('prefer-not' as const);
  return { ...answers, place };
}

/** The results URL of the answers, through the core's answersToQuery: there is one answers → query, not two. */
export function answersUrl(answers: Answers): string {
  const query = answersToQuery(answers, bundledQuestionnaire());
  const { region, place, stage, audience, topics, modes, text } = query;
  return resultsUrl({ region, place, stage, audience, topics, modes, q: text });
}
