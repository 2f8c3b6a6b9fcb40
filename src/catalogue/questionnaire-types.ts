/** The short questionnaire of data/questionnaire.json as the catalogue ships it (src/matching maps answers to a query). */

/** The questionnaire's stable question ids, in order. */
export const QUESTION_IDS = ['safety', 'place', 'stage', 'topics', 'modes'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** One answer choice; what it maps to depends on the question. */
export interface QuestionOption {
  id: string;
  label: string;
  /** The label as it reads about a family, when a professional asks (home visit, "Ich frage als Fachkraft"). */
  label_professional?: string;
  /** Where the app goes at once when this is chosen (safety "yes" → /help-now). */
  goto?: string;
  stage?: string;
  audience?: string;
  topics?: string[];
  modes?: string[];
}

/** One question; every question may be skipped. */
export interface Question {
  id: QuestionId;
  kind: 'single' | 'multi' | 'place';
  text: string;
  /** The question as a professional asks it about a family. */
  text_professional?: string;
  hint?: string;
  hint_professional?: string;
  skippable: true;
  options: QuestionOption[];
}

/** data/questionnaire.json. */
export interface Questionnaire {
  version: 1;
  questions: Question[];
}
