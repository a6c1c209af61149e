/**
 * What a variant assumes: each parameter of the scenario with the baseline's value and an input for
 * the variant's (percent for shares, as in the editor), then the discount preset and the perspective.
 * Each commit is one undoable edit; a value equal to the baseline's drops the change.
 */
import { selectModel, useAppStore } from '../../../state';
import { selectUnusedParameterNames } from '../../../state/selectors/sensitivity';
import { discountValue, presetOf, selectVariantForm, type VariantField } from '../../../state/selectors/compare';
import { setVariantValue } from '../../../state/edits/variant-edits';
import { AmountInput, type AmountValue } from '../../components/amount-input';
import { formatAmountText } from '../../components/number-text';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { compareTexts } from './texts';

function asAmount(value: unknown): AmountValue {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

interface ChoiceProps { id: string; label: string; field: VariantField; value: string | null; choices: { id: string; label: string }[]; onChange: (v: string) => void }

function Choice({ id, label, field, value, choices, onChange }: ChoiceProps) {
  const all = value && !choices.some((c) => c.id === value) ? [...choices, { id: value, label: value }] : choices;
  return (
    <div className={`variant-fields__choice${field.changed ? ' is-changed' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {value === null && <option value="" />}
        {all.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
      </select>
    </div>
  );
}

export function VariantFields({ id }: { id: string }) {
  const t = useTexts(compareTexts);
  const locale = useLocale();
  const form = useAppStore((s) => selectVariantForm(s, id));
  const model = useAppStore(selectModel);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const names = useCatalogueNames();
  // A parameter nothing in the case reads changes nothing in a variant either: marked, as in the tornado.
  const unused = useAppStore(selectUnusedParameterNames);
  if (!form) return null;
  const title = form.variant.title;
  const set = (path: string, value: unknown) => applyEdit(setVariantValue.key, (s) => setVariantValue(s, id, path, value));
  const presets = (model?.discountPresets ?? []).map((p) => ({ id: p.id, label: names(`discountPresets.${p.id}`, p.label) }));
  const perspectives = (model?.perspectives ?? []).map((p) => ({ id: p.id, label: names(`perspectives.${p.id}`, p.label) }));
  return (
    <div className="variant-fields">
      <table className="variant-fields__table">
        <caption>{t.assumptions(title)}</caption>
        <thead>
          <tr><th scope="col">{t.parameter}</th><th scope="col">{t.baseline}</th><th scope="col">{t.inVariant}</th><th scope="col"><span className="sr-only">{t.reset}</span></th></tr>
        </thead>
        <tbody>
          {form.parameters.map((p) => {
            const name = p.label || p.name;
            const inputId = `variant-${id}-${p.name}`;
            return (
              <tr key={p.name} className={p.changed ? 'is-changed' : undefined}>
                <th scope="row"><label htmlFor={inputId}>{name}{' '}<span className="sr-only">{t.inVariantOf(title)}</span></label>{unused.has(p.name) && <span className="variant-fields__unused"> – {t.unused}</span>}</th>
                <td className="num">{formatAmountText(asAmount(p.base), locale, p.share)}</td>
                <td>
                  <AmountInput id={inputId} value={asAmount(p.value)} locale={locale} percent={p.share}
                    onCommit={(v) => { set(p.path, v); return true; }} />
                </td>
                <td>
                  {p.changed && <button type="button" className="button" aria-label={t.resetFor(name)} onClick={() => set(p.path, undefined)}>{t.reset}</button>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="variant-fields__choices">
        <Choice id={`variant-${id}-discount`} label={t.discount} field={form.discountPreset} value={presetOf(form.discountPreset.value)}
          choices={presets} onChange={(v) => set(form.discountPreset.path, discountValue(form.discountPreset, v))} />
        <Choice id={`variant-${id}-perspective`} label={t.perspective} field={form.perspective} value={presetOf(form.perspective.value)}
          choices={perspectives} onChange={(v) => set(form.perspective.path, v)} />
      </div>
    </div>
  );
}
