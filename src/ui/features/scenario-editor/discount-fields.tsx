/** Discounting: a preset from the model (Finansministeriet's rates …) or a custom schedule of rate bands. */
import { addDiscountBand, deleteDiscountBand, setDiscountMode } from '../../../state/edits';
import { selectModel, useAppStore } from '../../../state';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { Field } from './field';
import { ItemActions } from './item-actions';
import { SelectField } from './select-field';
import { GuardrailMark } from './guardrail-mark';
import { useApplyEdit, useEditorTexts } from './use-editor';

export function DiscountFields() {
  const t = useEditorTexts();
  const names = useCatalogueNames();
  const apply = useApplyEdit();
  const discount = useAppStore((s) => s.scenario?.settings.discount);
  const model = useAppStore(selectModel);
  if (!discount) return null;
  const presets = model?.discountPresets ?? [];
  const mode = 'bands' in discount ? 'bands' : 'preset';
  const presetBands = 'preset' in discount ? presets.find((p) => p.id === discount.preset)?.bands : undefined;
  return (
    <fieldset className="editor-fieldset">
      <legend>{t.discount}</legend>
      <GuardrailMark at="settings.discount" />
      <div className="editor-radios" role="radiogroup" aria-label={t.discount}>
        {(['preset', 'bands'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="discount-mode" value={m} checked={mode === m} onChange={() => apply(setDiscountMode, m, presetBands)} />
            {m === 'preset' ? t.discountPreset : t.discountCustom}
          </label>
        ))}
      </div>
      {'preset' in discount ? (
        <SelectField label={t.discountPreset} path={['settings', 'discount', 'preset']} choices={presets.map((p) => ({ value: p.id, label: names(`discountPresets.${p.id}`, p.label) }))} />
      ) : (
        <ol className="editor-list">
          {discount.bands.map((_, b) => (
            <li key={b} className="editor-row">
              <Field label={t.bandFrom} path={['settings', 'discount', 'bands', b, 'fromYear']} kind="integer" />
              <Field label={t.bandRate} path={['settings', 'discount', 'bands', b, 'rate']} kind="percent" />
              {discount.bands.length > 1 && <ItemActions name={t.band(b + 1)} index={b} count={discount.bands.length} onDelete={() => apply(deleteDiscountBand, b)} />}
            </li>
          ))}
          <li><button type="button" onClick={() => apply(addDiscountBand)}>{t.addBand}</button></li>
        </ol>
      )}
    </fieldset>
  );
}
