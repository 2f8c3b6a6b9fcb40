import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import type { TFunction } from '../../i18n/index.ts';
import type { AppState, CatalogueState } from '../app-state.ts';
import { useAppState, useT } from '../context.ts';
import { questionText } from '../lang/data-label.ts';
import { usePartTexts } from '../lang/use-part-texts.ts';
import { ChoiceStep } from './ChoiceStep.tsx';
import { PlaceStep } from './PlaceStep.tsx';
import { QuestionHeading } from './QuestionHeading.tsx';
import {
  answersUrl,
  applyChoice,
  applyPlace,
  type Question,
  type QuestionOption,
  questions,
} from './questions.ts';
import { StepNav } from './StepNav.tsx';

/** The place question's "Möchte ich nicht sagen", in the language shown. */
function preferNotLabel(t: TFunction, question: Question): string {
  const label = question.options.find((o) => o.id === 'prefer-not')?.label;
  return label ? questionText(t, question.id, 'options.prefer-not', label) : t('questions.skip');
}

/** The offline place list, once the catalogue's index is there. */
const placesOf = (catalogue: CatalogueState) => (catalogue.status === 'ready' ? catalogue.index.places : []);

/** A visit, or "Ich frage als Fachkraft": the questions speak about the family (texts of the visit part). */
function useProfessional(state: AppState): boolean {
  const professional = state.visit.value === 'on' || state.answers.value.professional === true;
  usePartTexts('visit', professional);
  return professional;
}

/** One question per screen, with progress, back and skip; answers stay in memory and become a results URL. */
export function QuestionnaireScreen() {
  const t = useT();
  const state = useAppState();
  const { route } = useLocation();
  const step = useSignal(0);
  const QUESTIONS = questions();
  const question = QUESTIONS[step.value];
  const places = placesOf(state.catalogue.value);
  const professional = useProfessional(state);
  const go = (next: number) => {
    if (next >= QUESTIONS.length) {
      // In a visit the results are a professional's even after "start over" cleared the answers.
      route(answersUrl({ ...state.answers.value, ...(professional && { professional }) }));
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
    state.answers.value = applyChoice(state.answers.value, question, chosen);
    // After "Fachkraft" the same question is asked again, now about the family's stage.
    go(step.value + (chosen[0]?.audience ? 0 : 1));
  };
  return (
    <div class="questionnaire">
      <QuestionHeading
        question={question}
        n={step.value + 1}
        total={QUESTIONS.length}
        professional={professional}
      />
      {question.kind === 'place' ? (
        <PlaceStep
          places={places}
          preferNot={preferNotLabel(t, question)}
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
