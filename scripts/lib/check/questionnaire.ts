import fs from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../../../src/catalogue/types.ts';
import { QUESTION_IDS } from '../../../src/matching/index.ts';
import { displayPath } from './display.ts';
import type { Problem } from './types.ts';

/** Checks data/questionnaire.json with validateQuestionnaire, in the checker's line format. */
export function checkQuestionnaire(
  dataDir: string,
  taxonomy: Taxonomy | undefined,
  problems: Problem[],
): void {
  const file = path.join(dataDir, 'questionnaire.json');
  const shown = displayPath(file);
  const error = (pointer: string, message: string) =>
    problems.push({ severity: 'error', file: shown, pointer, message, rule: 'questionnaire' });
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    error('', e instanceof Error ? `cannot read questionnaire: ${e.message}` : 'cannot read questionnaire');
    return;
  }
  for (const p of validateQuestionnaire(json, taxonomy)) error(p.pointer, p.message);
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
  if (o.label_professional !== undefined && !isText(o.label_professional))
    report(`${at}/label_professional`, 'label_professional must be non-empty text');
  checkRefs(o, at, tax, report);
}

function checkQuestion(q: unknown, at: string, tax: Taxonomy | undefined, report: Report): void {
  if (!isObject(q)) {
    report(at, 'a question must be an object');
    return;
  }
  if (!['single', 'multi', 'place'].includes(q.kind as string))
    report(`${at}/kind`, 'kind must be single, multi or place');
  if (!isText(q.text)) report(`${at}/text`, 'text must be a non-empty German question');
  for (const key of ['hint', 'text_professional', 'hint_professional']) {
    if (q[key] !== undefined && !isText(q[key])) report(`${at}/${key}`, `${key} must be non-empty text`);
  }
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
