/**
 * Compare the baseline with up to three variants (src/io/variants.ts): make and edit variants, then
 * their key figures per ledger, their cumulative curves and the assumptions that differ, side by side.
 * The variants are part of the scenario: every change here is an undoable edit and is autosaved.
 */
import { useAppStore } from '../../../state';
import { addVariant, MAX_VARIANTS } from '../../../state/edits/variant-edits';
import { useTexts } from '../../i18n/use-texts';
import { CompareChart } from './compare-chart';
import { CompareFigures } from './compare-figures';
import { DifferenceList } from './difference-list';
import { compareTexts } from './texts';
import { VariantCard } from './variant-card';
import './compare.css';
import { useItemNames } from '../../i18n/edit-names';

export function ComparePanel() {
  const t = useTexts(compareTexts);
  const names = useItemNames();
  const variants = useAppStore((s) => s.scenario?.variants);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const count = variants?.length ?? 0;
  const full = count >= MAX_VARIANTS;
  return (
    <div className="compare">
      <p className="compare__intro">{t.intro}</p>
      <p>
        <button type="button" className="button" disabled={full} aria-describedby={full ? 'compare-full' : undefined}
          onClick={() => applyEdit(addVariant.key, (s) => addVariant(s, names))}>
          {t.addVariant}
        </button>
        {full && <span id="compare-full" className="compare__hint"> {t.maxReached}</span>}
      </p>
      {count === 0 ? <p className="note">{t.noVariants}</p> : (
        <>
          <div className="compare__variants">
            {variants!.map((v) => <VariantCard key={v.id} id={v.id} />)}
          </div>
          <CompareFigures />
          <CompareChart />
          <DifferenceList />
        </>
      )}
    </div>
  );
}
