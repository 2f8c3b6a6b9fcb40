import { useT } from '../context.ts';

type Props = { label: string; value: string | null | undefined };

/** One operator fact; a missing one is marked for the operator to fill, not hidden and not guessed. */
export function Field({ label, value }: Props) {
  const t = useT();
  return (
    <>
      <dt>{label}</dt>
      <dd class={value ? undefined : 'missing'}>{value ?? t('legal.missing')}</dd>
    </>
  );
}
