import { describe, expect, it } from 'vitest';
import { answersUrl, applyChoice, applyPlace, questions } from '../../../src/ui/questionnaire/questions.ts';

const question = (id: string) => {
  const q = questions().find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const option = (questionId: string, id: string) => {
  const o = question(questionId).options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
};

describe('the questionnaire screen’s answers', () => {
  it('records option ids ("Fachkraft" as asking for a family, then the family’s stage) and leaves answers → query to the core', () => {
    let answers = applyPlace({}, { region: 'ostallgaeu', place: 'Buchloe' });
    answers = applyChoice(answers, question('stage'), [option('stage', 'professional')]);
    answers = applyChoice(answers, question('stage'), [option('stage', 'baby')]);
    answers = applyChoice(answers, question('topics'), [
      option('topics', 'money'),
      option('topics', 'single'),
    ]);
    expect(answers).toEqual({
      place: { region: 'ostallgaeu', text: 'Buchloe' },
      professional: true,
      stage: 'baby',
      topics: ['money', 'single'],
    });
    expect(answersUrl(answers)).toBe(
      '/results?region=ostallgaeu&place=Buchloe&stage=baby-0-1&audience=professionals&topics=money%2Csingle-parents%2Cleisure-meeting',
    );
  });

  it('replaces a question’s answer when it is answered again, and "prefer not" leaves the place out', () => {
    const first = applyChoice({}, question('topics'), [option('topics', 'money')]);
    const again = applyChoice(first, question('topics'), [option('topics', 'housing')]);
    expect(again.topics).toEqual(['housing']);
    expect(answersUrl(applyPlace(again, {}))).toBe('/results?topics=housing');
  });
});
