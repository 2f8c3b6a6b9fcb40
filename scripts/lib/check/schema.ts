import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { phoneNumberProblem } from './phones.ts';
import { pointerOf } from './pointer.ts';

/** A schema finding already turned into words. */
export interface SchemaIssue {
  pointer: string;
  message: string;
  rule: string;
}

/**
 * Pattern failures explained in words, keyed by the end of the failing schema path. Inside a $ref, ajv's
 * schemaPath starts at the referenced definition (the phone number is "#/properties/number/pattern").
 */
const PATTERN_MESSAGES: [string, string][] = [
  ['$defs/id/pattern', 'must be lowercase letters and digits joined by single hyphens'],
  ['$defs/text/pattern', 'must not be empty or blank'],
  ['$defs/partialDate/pattern', 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'],
  ['$defs/fullDate/pattern', 'must be a date written YYYY-MM-DD'],
  ['$defs/url/pattern', 'must be a URL starting with https:// and without spaces'],
  ['postal_code/pattern', 'must be a five-digit postal code'],
  ['$defs/covers/items/pattern', 'must be a JSON pointer into the offer, e.g. /phones/0'],
];

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  null: 'null',
};

function typeWords(types: string[]): string {
  return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
}

function typesOf(error: ErrorObject): string[] {
  const type: unknown = error.params.type;
  return Array.isArray(type) ? type.map(String) : String(type).split(',');
}

function patternMessage(error: ErrorObject): SchemaIssue {
  const pointer = error.instancePath;
  if (error.schemaPath.endsWith('properties/number/pattern')) {
    const message = phoneNumberProblem(String(error.data)) ?? 'must be E.164 (+49…) or 110, 112, 116xxx';
    return { pointer, message, rule: 'phone' };
  }
  const known = PATTERN_MESSAGES.find(([suffix]) => error.schemaPath.endsWith(suffix));
  return {
    pointer,
    message: known?.[1] ?? `must match the pattern ${String(error.params.pattern)}`,
    rule: 'schema',
  };
}

/** One ajv error in words, at the pointer a person would look at. */
function translate(error: ErrorObject): SchemaIssue {
  const { instancePath: pointer, params } = error;
  const issue = (message: string): SchemaIssue => ({ pointer, message, rule: 'schema' });
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return { pointer: pointerOf(pointer, field), message: `unknown field "${field}"`, rule: 'schema' };
    }
    case 'required':
      return issue(`missing required field "${String(params.missingProperty)}"`);
    case 'type':
      return issue(typeWords(typesOf(error)));
    case 'enum':
      return issue(`must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`);
    case 'pattern':
      return patternMessage(error);
    case 'minLength':
      return issue('must not be empty or blank');
    case 'uniqueItems':
      return issue(`must not list the same value twice (items ${params.j} and ${params.i})`);
    case 'minItems':
      return issue(`must have at least ${params.limit} item(s)`);
    case 'maxLength':
      return issue(`must be at most ${params.limit} characters long`);
    default:
      return issue(error.message ?? 'is invalid');
  }
}

const isUnder = (pointer: string, base: string): boolean =>
  pointer === base || pointer.startsWith(`${base}/`);

/**
 * anyOf makes ajv report every branch ("must be string", "must be null", "must match anyOf").
 * Keep the findings of the branch the value was meant for; if there are none, say which types are allowed.
 */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const branchTypes = new Map<string, ErrorObject[]>();
  const kept = errors.filter((e) => {
    if (!anyOfPaths.has(e.instancePath) || (e.keyword !== 'type' && e.keyword !== 'anyOf')) return true;
    if (e.keyword === 'type') {
      branchTypes.set(e.instancePath, [...(branchTypes.get(e.instancePath) ?? []), e]);
    }
    return false;
  });
  for (const [path, typeErrors] of branchTypes) {
    if (kept.some((e) => isUnder(e.instancePath, path))) continue;
    const types = typeErrors.flatMap(typesOf);
    const [first] = typeErrors;
    if (first) kept.push({ ...first, params: { type: [...new Set(types)] } });
  }
  return kept;
}

// Keyed by the schema text, so that a changed schema in a test folder is compiled afresh.
const compiled = new Map<string, ValidateFunction>();

/** Compiles a schema once: ajv compilation is the slow part of the check. */
export function compileSchema(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

/** Validates one parsed file; one issue per pointer and message, in document order of ajv. */
export function schemaIssues(validate: ValidateFunction, value: unknown): SchemaIssue[] {
  if (validate(value)) return [];
  const seen = new Set<string>();
  return collapseAnyOf(validate.errors ?? [])
    .map(translate)
    .filter((issue) => {
      const key = `${issue.pointer}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
