import questionnaire from '../../../data/questionnaire.json';
import type { Question, QuestionOption } from '../../matching/index.ts';
import type { Answers } from '../app-state.ts';

export type { Question, QuestionOption };

/** The questions of data/questionnaire.json (validated by catalogue:check), in order. */
export const QUESTIONS = questionnaire.questions as Question[];

/** Folds the chosen options of one question into the answers (topics and modes add up, the rest replace). */
export function applyChoice(answers: Answers, chosen: QuestionOption[]): Answers {
  const next: Answers = { ...answers };
  for (const option of chosen) {
    if (option.stage) next.stage = option.stage;
    if (option.topics) next.topics = [...new Set([...(next.topics ?? []), ...option.topics])];
    if (option.modes) next.modes = [...new Set([...(next.modes ?? []), ...option.modes])];
  }
  return next;
}
