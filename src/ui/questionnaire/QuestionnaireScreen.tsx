import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { useAppState, useT } from '../context.ts';
import { questionText } from '../lang/data-label.ts';
import { usePartTexts } from '../lang/use-legal-texts.ts';
import { ChoiceStep } from './ChoiceStep.tsx';
import { PlaceStep } from './PlaceStep.tsx';
import { answersUrl, applyChoice, applyPlace, type QuestionOption, questions } from './questions.ts';
import { StepNav } from './StepNav.tsx';

/** One question per screen, with progress, back and skip; answers stay in memory and become a results URL. */
export function QuestionnaireScreen() {
  const t = useT();
  const state = useAppState();
  const { route } = useLocation();
  const step = useSignal(0);
  const QUESTIONS = questions();
  const question = QUESTIONS[step.value];
  const catalogue = state.catalogue.value;
  const places = catalogue.status === 'ready' ? catalogue.index.places : [];
  // A visit, or "Ich frage als Fachkraft": the questions speak about the family (texts of the visit part).
  const professional = state.visit.value === 'on' || state.answers.value.professional === true;
  usePartTexts('visit', professional);
  const pro = (german: string | undefined) => (professional ? german : undefined);
  const go = (next: number) => {
    if (next >= QUESTIONS.length) {
      const answers = state.answers.value;
      route(answersUrl(professional ? { ...answers, professional: true } : answers));
      return;
    }
    step.value = Math.max(0, next);
    // Steps replace one another in the history, so little of the questionnaire is left behind.
    history.replaceState(history.state, '', `/questions?step=${QUESTIONS[step.value]?.id ?? ''}`);
    document.getElementById('main')?.focus();
  };
  if (!question) return null;
  const choose = (chosen: QuestionOption[]) => {
    const exit = chosen.find((o) => o.goto);
    if (exit?.goto) {
      route(exit.goto);
      return;
    }
    if (chosen[0]?.audience) {
      // "Fachkraft" is not the family's stage: the same question is asked again, now about the family.
      state.answers.value = { ...state.answers.value, professional: true };
      document.getElementById('main')?.focus();
      return;
    }
    state.answers.value = applyChoice(state.answers.value, question, chosen);
    go(step.value + 1);
  };
  const preferLabel = question.options.find((o) => o.id === 'prefer-not')?.label;
  const preferNot = preferLabel
    ? questionText(t, question.id, 'options.prefer-not', preferLabel)
    : t('questions.skip');
  return (
    <div class="questionnaire">
      <p class="progress">{t('questions.progress', { n: step.value + 1, total: QUESTIONS.length })}</p>
      <progress max={QUESTIONS.length} value={step.value + 1} aria-hidden="true" />
      <h1>{questionText(t, question.id, 'text', question.text, pro(question.text_professional))}</h1>
      {question.hint && (
        <p class="hint">
          {questionText(t, question.id, 'hint', question.hint, pro(question.hint_professional))}
        </p>
      )}
      {question.kind === 'place' ? (
        <PlaceStep
          places={places}
          preferNot={preferNot}
          onAnswer={(answer) => {
            state.answers.value = applyPlace(state.answers.value, answer);
            go(step.value + 1);
          }}
        />
      ) : (
        <ChoiceStep key={question.id} question={question} professional={professional} onAnswer={choose} />
      )}
      <StepNav
        canGoBack={step.value > 0}
        skippable={question.skippable === true}
        onBack={() => go(step.value - 1)}
        onSkip={() => go(step.value + 1)}
      />
    </div>
  );
}
