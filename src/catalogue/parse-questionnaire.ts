import { array, CatalogueFormatError, object, oneOf, optional, string, strings } from './parse-json.ts';
import {
  QUESTION_IDS,
  type Question,
  type Questionnaire,
  type QuestionOption,
} from './questionnaire-types.ts';

/** Copies the optional fields that are present, so that a parsed option has no keys the JSON lacked. */
function present<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function option(value: unknown, path: string): QuestionOption {
  const o = object(value, path);
  return {
    id: string(o.id, `${path}/id`),
    label: string(o.label, `${path}/label`),
    ...present({
      label_professional: optional(o.label_professional, `${path}/label_professional`, string),
      goto: optional(o.goto, `${path}/goto`, string),
      stage: optional(o.stage, `${path}/stage`, string),
      audience: optional(o.audience, `${path}/audience`, string),
      topics: optional(o.topics, `${path}/topics`, strings),
      modes: optional(o.modes, `${path}/modes`, strings),
    }),
  };
}

function question(value: unknown, path: string): Question {
  const q = object(value, path);
  if (q.skippable !== true) throw new CatalogueFormatError(`${path}/skippable`, 'must be true');
  return {
    id: oneOf(q.id, `${path}/id`, QUESTION_IDS),
    kind: oneOf(q.kind, `${path}/kind`, ['single', 'multi', 'place'] as const),
    text: string(q.text, `${path}/text`),
    ...present({
      text_professional: optional(q.text_professional, `${path}/text_professional`, string),
      hint: optional(q.hint, `${path}/hint`, string),
      hint_professional: optional(q.hint_professional, `${path}/hint_professional`, string),
    }),
    skippable: true,
    options: array(q.options, `${path}/options`).map((o, i) => option(o, `${path}/options/${i}`)),
  };
}

/** The one boundary where questionnaire JSON becomes typed questions; throws CatalogueFormatError. */
export function parseQuestionnaire(value: unknown): Questionnaire {
  const q = object(value, '');
  if (q.version !== 1) throw new CatalogueFormatError('/version', `unsupported version ${String(q.version)}`);
  return {
    version: 1,
    questions: array(q.questions, '/questions').map((x, i) => question(x, `/questions/${i}`)),
  };
}
