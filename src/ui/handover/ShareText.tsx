import { ShareButton } from '../common/ShareButton.tsx';
import { useT } from '../context.ts';

type Props = { text: string };

/** "Als Text teilen": the list as a message (common/ShareButton.tsx). */
export function ShareText({ text }: Props) {
  const t = useT();
  return (
    <ShareButton
      share={{ text }}
      texts={{
        label: t('handover.shareText'),
        shared: t('handover.shared'),
        copied: t('handover.copied'),
        failed: t('handover.copyFailed'),
      }}
    />
  );
}
