/** One variant: its name, delete and save-as-file, why it cannot be computed (if so), and its assumptions. */
import { variantAsFile } from '../../../io/variants';
import { useAppStore, useAppStoreApi } from '../../../state';
import { selectComparison } from '../../../state/selectors/compare';
import { deleteVariant, renameVariant } from '../../../state/edits/variant-edits';
import { DraftInput } from '../../components/draft-input';
import { useTexts, useLocale } from '../../i18n/use-texts';
import { compareTexts } from './texts';
import { VariantFields } from './variant-fields';
import { fieldPathText, problemMessageText } from '../../../format/problem-text';

export function VariantCard({ id }: { id: string }) {
  const t = useTexts(compareTexts);
  const locale = useLocale();
  const store = useAppStoreApi();
  const variant = useAppStore((s) => s.scenario?.variants?.find((v) => v.id === id));
  const errors = useAppStore((s) => selectComparison(s)?.columns.find((c) => c.id === id)?.errors);
  const applyEdit = useAppStore((s) => s.applyEdit);
  if (!variant) return null;
  const nameId = `variant-${id}-name`;
  const save = () => {
    const { scenario } = store.getState();
    const file = scenario ? variantAsFile(scenario, variant) : null;
    // The platform's saveFile, like the open document's: one file-download path for the app.
    if (file?.ok) void store.getState().saveScenarioToFile(file.value);
  };
  return (
    <section className="variant-card" aria-labelledby={`${nameId}-heading`}>
      <h3 id={`${nameId}-heading`} className="variant-card__heading">{variant.title}</h3>
      <div className="variant-card__head">
        <label htmlFor={nameId}>{t.variantName}</label>
        <DraftInput id={nameId} text={variant.title} onCommit={(text) => {
          if (!text.trim()) return false;
          applyEdit(renameVariant.key, (s) => renameVariant(s, id, text));
          return true;
        }} />
        <button type="button" className="button" onClick={save} disabled={Boolean(errors?.length)} aria-label={t.saveAsFileFor(variant.title)}>
          {t.saveAsFile}
        </button>
        <button type="button" className="button" aria-label={t.deleteVariant(variant.title)}
          onClick={() => applyEdit(deleteVariant.key, (s) => deleteVariant(s, id))}>
          {t.delete}
        </button>
      </div>
      {errors && errors.length > 0 && (
        <div className="variant-card__errors" role="alert">
          <p>{t.cannotCompute}</p>
          <ul>{errors.map((e, i) => <li key={i}>{fieldPathText(e.path, locale)}: {problemMessageText(e.message, locale)}</li>)}</ul>
        </div>
      )}
      <VariantFields id={id} />
    </section>
  );
}
