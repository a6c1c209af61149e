/** The solver's answer: the value with its unit beside today's, or why there is none; and »Brug værdien«. */
import type { Locale } from '../../../format/numbers';
import type { BreakEvenAnswer, ParameterChoice } from '../../../state/selectors/sensitivity';
import { formatRange, formatWithUnit } from './parameter-value-text';
import type { SensitivityTexts } from './texts';
import { fieldPathText, problemMessageText, problemText } from '../../../format/problem-text';

interface Props {
  answer: BreakEvenAnswer | null;
  choice: ParameterChoice;
  isExpression: boolean;
  t: SensitivityTexts;
  locale: Locale;
  onApply: (value: number) => void;
}

/** Equal to within rounding: after »Brug værdien« the re-solved root differs in the last digits. */
function same(a: number, b: number | null): boolean {
  return b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

export function BreakEvenResult({ answer, choice, isExpression, t, locale, onApply }: Props) {
  if (!answer) return null;
  const current = choice.current === null ? t.none : formatWithUnit(choice.current, choice, locale, t);
  if (answer.status === 'error') {
    return <div className="break-even__answer is-none"><p><strong>{t.cannotSolve}</strong></p>{answer.errors.map((e, i) => <p className="note" key={i}>{problemText(e, locale)}</p>)}</div>;
  }
  if (answer.status === 'notFound') {
    return (
      <div className="break-even__answer is-none">
        <p><strong>{t.noValue(formatRange(answer.range, choice, locale))}</strong></p>
        <p>{t.reasons[answer.kind]}</p>
        {answer.reason.kind === 'jump' && <p className="note">{t.jumpsNear(formatWithUnit(answer.reason.near, choice, locale, t))}</p>}
        {answer.reason.kind === 'cannotCompute' && <p className="note">{fieldPathText(answer.reason.error.path, locale)}: {problemMessageText(answer.reason.error.message, locale)}</p>}
        <p className="note">{t.current}: {current}</p>
      </div>
    );
  }
  const inUse = same(answer.value, choice.current);
  return (
    <div className="break-even__answer">
      <dl className="break-even__figures">
        <div><dt>{t.mustBe(choice.label)}</dt><dd className="break-even__value" data-testid="break-even-value">{formatWithUnit(answer.value, choice, locale, t)}</dd></div>
        <div><dt>{t.current}</dt><dd>{current}</dd></div>
      </dl>
      {isExpression && !inUse && <p className="note">{t.replacesExpression}</p>}
      {inUse
        ? <p className="note">{t.applied}</p>
        : <button type="button" className="button" onClick={() => onApply(answer.value)}>{t.useValue}</button>}
    </div>
  );
}
