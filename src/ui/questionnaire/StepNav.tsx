import { useT } from '../context.ts';

type Props = {
  /** Back is offered from the second question on. */
  canGoBack: boolean;
  skippable: boolean;
  onBack: () => void;
  onSkip: () => void;
};

/** Back and skip below a question. */
export function StepNav({ canGoBack, skippable, onBack, onSkip }: Props) {
  const t = useT();
  return (
    <div class="step__nav">
      {canGoBack && (
        <button type="button" class="secondary" onClick={onBack}>
          {t('questions.back')}
        </button>
      )}
      {skippable && (
        <button type="button" class="link" onClick={onSkip}>
          {t('questions.skip')}
        </button>
      )}
    </div>
  );
}
