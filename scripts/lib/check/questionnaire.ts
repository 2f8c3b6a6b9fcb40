import fs from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../../../src/catalogue/types.ts';
import { validateQuestionnaire } from '../../../src/matching/index.ts';
import { displayPath } from './display.ts';
import type { Problem } from './types.ts';

/** Checks data/questionnaire.json with the matching core's own validator, in the checker's line format. */
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
