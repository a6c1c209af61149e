/**
 * An amount: a number typed the locale's way (1.234,5), or in percent where the field is a share
 * ("58 %" stores 0.58), or an expression over parameters (any text that is not a number). Commits on
 * blur or Enter. `numberOnly` fields still pass the text on, so the file format's own message can say
 * why it is refused.
 */
import type { Locale } from '../../format/numbers';
import { DraftInput } from './draft-input';
import { formatAmountText, parseAmountText } from './number-text';

export type AmountValue = number | string | undefined;

interface Props {
  id: string;
  value: AmountValue;
  locale: Locale;
  percent?: boolean;
  /** A calendar year: no thousands separator. */
  year?: boolean;
  onCommit: (value: AmountValue) => boolean;
  onRevert?: () => void;
  invalid?: boolean;
  describedBy?: string;
}

export function AmountInput({ id, value, locale, percent = false, year = false, onCommit, onRevert, invalid, describedBy }: Props) {
  return (
    <DraftInput
      id={id}
      className={`amount-input${typeof value === 'string' ? ' is-expression' : ''}`}
      inputMode="text"
      spellCheck={false}
      autoComplete="off"
      text={year && typeof value === 'number' ? String(value) : formatAmountText(value, locale, percent)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onRevert={onRevert}
      onCommit={(text) => {
        const parsed = parseAmountText(text, locale, percent);
        // Emptied: the field is removed; for a required one the file format then says it is missing.
        if (parsed.kind === 'empty') return onCommit(undefined);
        return onCommit(parsed.kind === 'number' ? parsed.value : parsed.text);
      }}
    />
  );
}
