import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA } from '../../../scripts/lib/paths.ts';
import { answersToQuery, gotoFor, QUESTION_IDS, type Questionnaire } from '../../../src/matching/index.ts';
import { realData, topIds } from '../regression/real-data.ts';

const raw = JSON.parse(fs.readFileSync(path.join(DATA, 'questionnaire.json'), 'utf8')) as Questionnaire;

describe('questionnaire.json', () => {
  it('has the five stable question ids in order, all skippable', () => {
    expect(raw.questions.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    expect(raw.questions.every((q) => q.skippable)).toBe(true);
  });

  it('asks about danger first and sends "yes" straight to emergency help', () => {
    expect(raw.questions[0]?.text).toBe('Sind Sie oder Ihr Kind gerade in Gefahr?');
    expect(gotoFor(raw, 'safety', 'yes')).toBe('/help-now');
    expect(gotoFor(raw, 'safety', 'no')).toBeNull();
  });
});

describe('answersToQuery', () => {
  it('maps every answer, skipping what was skipped', () => {
    const query = answersToQuery(
      {
        safety: 'no',
        place: { region: 'ostallgaeu' },
        stage: 'baby',
        topics: ['crying-sleep', 'money'],
        modes: ['phone', 'free'],
        lang: 'tr',
      },
      raw,
    );
    expect(query).toEqual({
      region: 'ostallgaeu',
      stage: 'baby-0-1',
      topics: ['crying', 'sleep', 'money'],
      modes: ['phone', 'free'],
      lang: 'tr',
    });
  });

  it('is empty when everything was skipped, and respects "prefer not to say"', () => {
    expect(answersToQuery({}, raw)).toEqual({});
    expect(answersToQuery({ place: 'prefer-not' }, raw)).toEqual({});
  });

  it('makes a danger answer urgent and a professional an audience', () => {
    expect(answersToQuery({ safety: 'yes' }, raw)).toEqual({ urgent: true });
    expect(answersToQuery({ stage: 'professional', text: 'Netzwerk' }, raw)).toEqual({
      audience: 'professionals',
      text: 'Netzwerk',
    });
  });

  it('a professional asking for a family keeps the audience beside the family’s stage', () => {
    expect(answersToQuery({ professional: true, stage: 'baby' }, raw)).toEqual({
      stage: 'baby-0-1',
      audience: 'professionals',
    });
    expect(answersToQuery({ professional: true }, raw)).toEqual({ audience: 'professionals' });
  });

  it('keeps the town of the place answer, so offers there rank higher', () => {
    expect(answersToQuery({ place: { region: 'ostallgaeu', text: 'Buchloe' } }, raw)).toEqual({
      region: 'ostallgaeu',
      place: 'Buchloe',
    });
  });

  it('ignores unknown option ids', () => {
    expect(answersToQuery({ stage: 'nope', topics: ['nope'], modes: ['nope'] }, raw)).toEqual({});
  });
});

describe('the questionnaire on the real catalogue', () => {
  const { searcher } = realData();
  const run = (answers: Parameters<typeof answersToQuery>[0]) =>
    topIds(searcher.search(answersToQuery(answers, raw)), 100);

  it('reads "Allein mit Kind" as single or lonely: Buchloe + Geld lists the family centre in town', () => {
    const top5 = run({ place: { region: 'ostallgaeu', text: 'Buchloe' }, topics: ['money', 'single'] }).slice(
      0,
      5,
    );
    expect(top5).toContain('familienstuetzpunkt-buchloe');
  });

  it('never offers the Kinder- und Jugendtelefon to an exhausted mother', () => {
    for (const stage of ['pregnant', 'baby', 'toddler']) {
      expect(run({ stage, topics: ['exhausted'] })).not.toContain('kinder-und-jugendtelefon-116111');
      expect(run({ place: { region: 'kaufbeuren' }, stage, topics: ['exhausted'] })).not.toContain(
        'kinder-und-jugendtelefon-116111',
      );
    }
  });
});
