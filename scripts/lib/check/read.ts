import fs from 'node:fs';
import path from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { compileSchema, schemaIssues } from './schema.ts';
import type { Report } from './types.ts';

/** The outcome of reading one JSON file: its value, or one message saying why there is none. */
export type ReadResult = { ok: true; value: unknown } | { ok: false; message: string };

/** 1-based line and column of a character offset, so that editors can jump to it. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** 'PropertyNameExpected' -> 'property name expected'. */
function readableCode(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** Where and why JSON.parse failed; jsonc-parser is asked because Node 20's message has no position. */
function syntaxMessage(text: string, fallback: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return `invalid JSON: ${fallback}`;
  const { line, column } = lineColumn(text, first.offset);
  return `invalid JSON at line ${line}, column ${column}: ${readableCode(first)}`;
}

/** Reads and parses a JSON file; never throws, so that one bad file does not stop the others. */
export function readJsonFile(file: string): ReadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, message: `cannot read file (${code})` };
  }
  if (text.trim() === '') return { ok: false, message: 'file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: syntaxMessage(text, (error as Error).message) };
  }
}

/**
 * Reads data/<name>.json and checks it against data/schema/<name>.schema.json, reporting what is wrong; the value
 * when the file passed, else undefined (the caller's further checks need a value of the schema's shape).
 */
export function readAgainstSchema(
  dataDir: string,
  name: string,
  report: Report,
): { value: unknown } | undefined {
  const read = readJsonFile(path.join(dataDir, `${name}.json`));
  if (!read.ok) {
    report('', read.message, 'read');
    return undefined;
  }
  const schema = readJsonFile(path.join(dataDir, 'schema', `${name}.schema.json`));
  if (!schema.ok || typeof schema.value !== 'object' || schema.value === null) {
    report('', `cannot read data/schema/${name}.schema.json`, 'reference');
    return undefined;
  }
  const issues = schemaIssues(compileSchema(schema.value), read.value);
  for (const issue of issues) report(issue.pointer, issue.message, issue.rule);
  return issues.length > 0 ? undefined : { value: read.value };
}
