/** Title, description and settings: years, rules year, price year, perspective, discounting, timing, refusion regime and who gains. */
import { selectModel, useAppStore } from '../../../state';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { Collapsible } from './collapsible';
import { DiscountFields } from './discount-fields';
import { Field } from './field';
import { SelectField } from './select-field';
import { useCommitField, useEditorTexts } from './use-editor';

export function SettingsSection() {
  const t = useEditorTexts();
  const model = useAppStore(selectModel);
  const names = useCatalogueNames();
  const perspectives = (model?.perspectives ?? []).map((p) => ({ value: p.id, label: names(`perspectives.${p.id}`, p.label) }));
  const rules = Object.entries(model?.refusionRules ?? {}).map(([id, r]) => ({ value: id, label: names(`refusionRules.${id}`, r.label) }));
  const timings = (['start', 'mid', 'end'] as const).map((value) => ({ value, label: t.timings[value] }));
  const optimism = useAppStore((s) => s.scenario?.settings.optimismCorrection === true);
  const commitField = useCommitField();
  // 'public-sector' is the default, shown as the empty choice; the others need the catalogue's rules.
  const publicFinances = model?.publicFinance
    ? (['single-kommune', 'all-kommuner'] as const).map((value) => ({ value, label: t.publicFinances[value] })) : [];
  return (
    <Collapsible className="editor-section" defaultOpen errorPrefix="settings" summary={<h3>{t.settings}</h3>}>
      <div className="editor-grid">
        <Field label={t.title} path={['title']} wide />
        <Field label={t.description} path={['description']} kind="longText" optional />
        <Field label={t.firstYear} path={['settings', 'firstYear']} kind="year" />
        <Field label={t.horizon} path={['settings', 'horizonYears']} kind="integer" />
        <Field label={t.rulesYear} hint={t.rulesYearHint} path={['settings', 'rulesYear']} kind="year" />
        <Field label={t.priceYear} path={['settings', 'priceYear']} kind="year" />
        <SelectField label={t.perspective} path={['settings', 'perspective']} choices={perspectives} />
        <SelectField label={t.timing} path={['settings', 'discountTiming']} choices={timings} />
        <SelectField label={t.refusionRule} path={['settings', 'refusionRule']} choices={rules} emptyLabel={t.refusionDefault} />
        <SelectField label={t.publicFinance} path={['settings', 'publicFinance']} choices={publicFinances} emptyLabel={t.publicFinanceDefault} />
      </div>
      <DiscountFields />
      <div className="editor-check">
        {/* Off removes the setting, so a file that never used it stays as it was. */}
        <input id="ed-settings-optimismCorrection" type="checkbox" checked={optimism}
          onChange={(e) => commitField(['settings', 'optimismCorrection'], e.target.checked || undefined, t.optimism)} />
        <label htmlFor="ed-settings-optimismCorrection">{t.optimism}</label>
      </div>
    </Collapsible>
  );
}
