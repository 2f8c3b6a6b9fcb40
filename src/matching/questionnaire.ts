/** The short questionnaire of data/questionnaire.json: its types, its validation and answers → query. */
import type { LocalRegionId, Taxonomy } from '../catalogue/types.ts';
import type { Query } from './types.ts';

/** The stable question ids, in the order they are asked. */
export const QUESTION_IDS = ['safety', 'place', 'stage', 'topics', 'modes'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** One answer choice; what it maps to depends on the question. */
export interface QuestionOption {
  id: string;
  label: string;
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
  hint?: string;
  skippable: true;
  options: QuestionOption[];
}

/** data/questionnaire.json. */
export interface Questionnaire {
  version: 1;
  questions: Question[];
}

/** What the family answered: option ids, and for the place the region resolvePlace() found. */
export interface Answers {
  safety?: string;
  place?: { region?: LocalRegionId; text?: string } | 'prefer-not';
  stage?: string;
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
  for (const o of options(questionnaire, 'stage', answers.stage ? [answers.stage] : [])) {
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

/** The route an answer sends the family to at once (safety "yes" → /help-now), or null. */
export function gotoFor(
  questionnaire: Questionnaire,
  questionId: QuestionId,
  optionId: string,
): string | null {
  return options(questionnaire, questionId, [optionId])[0]?.goto ?? null;
}

/** One problem found in questionnaire.json, addressed by JSON pointer. */
export interface QuestionnaireProblem {
  pointer: string;
  message: string;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkRefs(
  o: Record<string, unknown>,
  at: string,
  tax: Taxonomy | undefined,
  report: (p: string, m: string) => void,
) {
  const kinds = { topics: tax?.topics, modes: tax?.modes } as const;
  for (const key of ['topics', 'modes'] as const) {
    if (o[key] === undefined) continue;
    const ids = o[key];
    if (!Array.isArray(ids) || !ids.every(isText)) report(`${at}/${key}`, `${key} must be a list of ids`);
    else
      for (const [i, id] of ids.entries()) {
        const known = kinds[key];
        if (known && !known.some((t) => t.id === id))
          report(`${at}/${key}/${i}`, `unknown taxonomy ${key} id "${id}"`);
      }
  }
  if (o.stage !== undefined && tax && !tax.stages.some((s) => s.id === o.stage))
    report(`${at}/stage`, `unknown stage "${String(o.stage)}"`);
  if (o.audience !== undefined && tax && !tax.audiences.some((a) => a.id === o.audience)) {
    report(`${at}/audience`, `unknown audience "${String(o.audience)}"`);
  }
  if (o.goto !== undefined && !(typeof o.goto === 'string' && o.goto.startsWith('/')))
    report(`${at}/goto`, 'goto must be an app path starting with /');
}

type Report = (pointer: string, message: string) => void;

function checkOption(
  o: unknown,
  at: string,
  seen: Set<string>,
  tax: Taxonomy | undefined,
  report: Report,
): void {
  if (!isObject(o)) {
    report(at, 'an option must be an object');
    return;
  }
  if (!isText(o.id) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) report(`${at}/id`, 'id must be kebab-case');
  else if (seen.has(o.id)) report(`${at}/id`, `duplicate option id "${o.id}"`);
  else seen.add(o.id);
  if (!isText(o.label)) report(`${at}/label`, 'label must be non-empty text');
  checkRefs(o, at, tax, report);
}

function checkQuestion(q: unknown, at: string, tax: Taxonomy | undefined, report: Report): void {
  if (!isObject(q)) {
    report(at, 'a question must be an object');
    return;
  }
  if (!['single', 'multi', 'place'].some((k) => k === q.kind))
    report(`${at}/kind`, 'kind must be single, multi or place');
  if (!isText(q.text)) report(`${at}/text`, 'text must be a non-empty German question');
  if (q.hint !== undefined && !isText(q.hint)) report(`${at}/hint`, 'hint must be non-empty text');
  if (q.skippable !== true) report(`${at}/skippable`, 'every question must be skippable');
  if (!Array.isArray(q.options)) {
    report(`${at}/options`, 'options must be a list');
    return;
  }
  const seen = new Set<string>();
  for (const [i, o] of q.options.entries()) checkOption(o, `${at}/options/${i}`, seen, tax, report);
  if (q.id === 'safety' && !q.options.some((o) => isObject(o) && o.goto)) {
    report(`${at}/options`, 'the safety question needs an option that leads to emergency help (goto)');
  }
}

/** Checks questionnaire.json: shape, the five stable question ids in order, skippable, known taxonomy ids. */
export function validateQuestionnaire(json: unknown, taxonomy?: Taxonomy): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const report = (pointer: string, message: string) => problems.push({ pointer, message });
  if (!isObject(json)) return [{ pointer: '', message: 'the questionnaire must be a JSON object' }];
  if (json.version !== 1) report('/version', 'version must be 1');
  if (!Array.isArray(json.questions))
    return [...problems, { pointer: '/questions', message: 'questions must be a list' }];
  const ids = json.questions.map((q) => (isObject(q) ? q.id : undefined));
  if (ids.join(',') !== QUESTION_IDS.join(',')) {
    report(
      '/questions',
      `questions must be exactly ${QUESTION_IDS.join(', ')} in this order (found ${ids.map(String).join(', ')})`,
    );
  }
  for (const [i, q] of json.questions.entries()) checkQuestion(q, `/questions/${i}`, taxonomy, report);
  return problems;
}
