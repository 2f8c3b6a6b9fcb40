import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledOperator,
  bundledQuestionnaire,
  CatalogueFormatError,
  parseOperator,
  parseQuestionnaire,
  reportAddress,
} from '../../../src/catalogue/index.ts';

const DATA = join(import.meta.dirname, '../../../data');
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const without = (value: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

describe('parseQuestionnaire', () => {
  it('gives back every question and option of data/questionnaire.json', () => {
    expect(bundledQuestionnaire()).toEqual(without(read('questionnaire.json'), '$schema'));
  });

  it('refuses an unknown question kind, naming where', () => {
    const broken = read('questionnaire.json');
    const questions = broken.questions as Record<string, unknown>[];
    questions[1] = { ...questions[1], kind: 'slider' };
    expect(() => parseQuestionnaire(broken)).toThrow(CatalogueFormatError);
    expect(() => parseQuestionnaire(broken)).toThrow('catalogue /questions/1/kind: must be one of');
  });

  it('refuses option topics that are not a list of ids', () => {
    const q = {
      id: 'topics',
      kind: 'multi',
      text: 'T',
      skippable: true,
      options: [{ id: 'a', label: 'A', topics: 'x' }],
    };
    expect(() => parseQuestionnaire({ version: 1, questions: [q] })).toThrow('/questions/0/options/0/topics');
  });
});

describe('parseOperator', () => {
  it('gives back the facts of data/operator.json, unknown ones as null', () => {
    expect(bundledOperator()).toEqual(without(read('operator.json'), '_comment'));
  });

  it('refuses a fact that is neither text nor null', () => {
    expect(() => parseOperator({ ...read('operator.json'), phone: 12345 })).toThrow(
      'catalogue /phone: must be a string',
    );
  });

  it("sends error reports to the region's own contact when set, else to the operator's report address", () => {
    const operator = parseOperator({
      ...read('operator.json'),
      report_email: 'fehler@betreiber.example',
      data_contacts: { kaufbeuren: 'koki@kaufbeuren.example', ostallgaeu: null },
    });
    expect(reportAddress(operator, 'kaufbeuren')).toBe('koki@kaufbeuren.example');
    expect(reportAddress(operator, 'ostallgaeu')).toBe('fehler@betreiber.example');
    expect(reportAddress(operator, undefined)).toBe('fehler@betreiber.example');
    expect(reportAddress({ ...operator, report_email: null }, 'ostallgaeu')).toBeNull();
  });
});
