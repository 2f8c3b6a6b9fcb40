/** The short questionnaire of data/questionnaire.json: its types and answers → query (catalogue:check validates it). */
import {
  type LocalRegionId,
  QUESTION_IDS,
  type Question,
  type QuestionId,
  type Questionnaire,
  type QuestionOption,
} from '../catalogue/index.ts';
import type { Query } from './types.ts';

export { QUESTION_IDS, type Question, type QuestionId, type Questionnaire, type QuestionOption };

/** What the family answered: option ids, and for the place the region resolvePlace() found. */
export interface Answers {
  safety?: string;
  place?: { region?: LocalRegionId; text?: string } | 'prefer-not';
  stage?: string;
  /**
   * A professional asks for a family (home visit, or the stage question's option with an audience): the
   * questions speak about the family, and that option's audience joins the query beside the family's stage.
   */
  professional?: boolean;
  topics?: string[];
  modes?: string[];
  /** The language the app is shown in. */
  lang?: string;
  /** Anything typed into the free-text field. */
  text?: string;
}

function options(q: Questionnaire, id: QuestionId, chosen: string[]): QuestionOption[] {
  const question = q.questions.find((x) => x.id === id);
  return question ? question.options.filter((o) => chosen.includes(o.id)) : [];
}

/** Turns answers into a search query; skipped questions leave their part out. */
export function answersToQuery(answers: Answers, questionnaire: Questionnaire): Query {
  const query: Query = {};
  if (answers.text?.trim()) query.text = answers.text;
  if (answers.safety && options(questionnaire, 'safety', [answers.safety]).some((o) => o.goto))
    query.urgent = true;
  if (answers.place && answers.place !== 'prefer-not' && answers.place.region) {
    query.region = answers.place.region;
    if (answers.place.text?.trim()) query.place = answers.place.text.trim();
  }
  const stages = [answers.stage, answers.professional ? professionalOption(questionnaire)?.id : undefined];
  for (const o of options(
    questionnaire,
    'stage',
    stages.filter((s): s is string => !!s),
  )) {
    if (o.stage) query.stage = o.stage;
    if (o.audience) query.audience = o.audience;
  }
  const topics = options(questionnaire, 'topics', answers.topics ?? []).flatMap((o) => o.topics ?? []);
  if (topics.length > 0) query.topics = [...new Set(topics)];
  const modes = options(questionnaire, 'modes', answers.modes ?? []).flatMap((o) => o.modes ?? []);
  if (modes.length > 0) query.modes = [...new Set(modes)];
  if (answers.lang) query.lang = answers.lang;
  return query;
}

/** The stage question's option that says a professional asks (the one with an audience), if the data has one. */
export function professionalOption(questionnaire: Questionnaire): QuestionOption | undefined {
  return questionnaire.questions.find((q) => q.id === 'stage')?.options.find((o) => o.audience);
}

/** The route an answer sends the family to at once (safety "yes" → /help-now), or null. */
export function gotoFor(
  questionnaire: Questionnaire,
  questionId: QuestionId,
  optionId: string,
): string | null {
  return options(questionnaire, questionId, [optionId])[0]?.goto ?? null;
}
