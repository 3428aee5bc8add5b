import { useLayoutEffect, useRef } from 'preact/hooks';
import type { InputHTMLAttributes } from 'preact';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit(value: string): void;
};

/**
 * A text box the browser owns while the reader types. A controlled input would be reset to the
 * stored text by any re-render before the change event (an announcement, another tab saving),
 * eating what was typed; this one takes the stored text only when that text itself changes.
 */
export function DraftInput({ value, onCommit, ...rest }: Props) {
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (field.current && field.current.value !== value) field.current.value = value;
  }, [value]);
  return <input {...rest} ref={field} defaultValue={value} onChange={(event) => onCommit(event.currentTarget.value)} />;
}
