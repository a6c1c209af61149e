/** One lever on the wall: a labelled slider over its range, with − / + steppers and its value in words. */
import type { Lever, Parameter } from '../../../engine';
import type { Locale } from '../../../format/numbers';
import { useTexts } from '../../i18n/use-texts';
import { formatLeverValue, stepLever } from './lever-format';
import { explainTexts } from '../explain/texts';
import { presentationTexts } from './texts';

interface Props {
  lever: Lever;
  parameter: Parameter;
  value: number;
  locale: Locale;
  onChange: (value: number) => void;
}

export function LeverControl({ lever, parameter, value, locale, onChange }: Props) {
  const t = useTexts(presentationTexts);
  const units = useTexts(explainTexts).units;
  const name = parameter.label ?? lever.parameter;
  const id = `lever-${lever.parameter}`;
  const unit = parameter.unit === undefined ? undefined : units[parameter.unit] ?? parameter.unit;
  const show = (v: number) => formatLeverValue(lever, v, locale, unit);
  return (
    <div className="lever">
      <div className="lever__head">
        <label htmlFor={id}>{name}</label>
        <span className="lever__value" aria-hidden="true">{show(value)}</span>
      </div>
      <div className="lever__row">
        <button type="button" className="lever__step" aria-label={t.less(name)} disabled={value <= lever.min}
          onClick={() => onChange(stepLever(lever, value, -1))}>−</button>
        <input id={id} type="range" min={lever.min} max={lever.max} step={lever.step} value={value}
          aria-valuetext={show(value)} onChange={(e) => onChange(Number(e.target.value))} />
        <button type="button" className="lever__step" aria-label={t.more(name)} disabled={value >= lever.max}
          onClick={() => onChange(stepLever(lever, value, 1))}>+</button>
      </div>
      <p className="lever__range">{t.range(show(lever.min), show(lever.max))}</p>
    </div>
  );
}
