/** The cases: per case its option (left out, baseline or one of its variants) and removal; below, adding a case. */
import { useState } from 'react';
import { useAppStore } from '../../../state';
import { EXAMPLES } from '../../../state/examples';
import { useTexts } from '../../i18n/use-texts';
import { portfolioTexts } from './texts';
import { usePortfolio } from './use-portfolio';

const OPEN_SCENARIO = '(open)';

export function CaseList() {
  const t = useTexts(portfolioTexts);
  const cases = usePortfolio((s) => s.file.cases);
  const selectOption = usePortfolio((s) => s.selectOption);
  const removeCase = usePortfolio((s) => s.removeCase);
  const addDelayedVariant = usePortfolio((s) => s.addDelayedVariant);
  return (
    <section className="portfolio__cases" aria-labelledby="portfolio-cases">
      <h3 id="portfolio-cases">{t.cases}</h3>
      {cases.length === 0 && <p>{t.noCases}</p>}
      <ul className="portfolio__case-list">
        {cases.map((entry) => {
          const scenario = entry.scenario as { title?: string; variants?: { id: string; title: string }[] };
          const label = entry.label ?? scenario.title ?? entry.id;
          const options = entry.options ?? ['baseline', ...(scenario.variants ?? []).map((v) => v.id)];
          const name = (id: string) => (id === 'baseline' ? t.baseline : scenario.variants?.find((v) => v.id === id)?.title ?? id);
          return (
            <li key={entry.id} className="portfolio__case">
              <label htmlFor={`case-${entry.id}`} className="portfolio__case-label">{label}</label>
              <select id={`case-${entry.id}`} aria-label={t.option(label)} value={entry.selected ?? ''}
                onChange={(e) => selectOption(entry.id, e.target.value === '' ? null : e.target.value)}>
                <option value="">{t.leftOut}</option>
                {options.map((id) => <option key={id} value={id}>{name(id)}</option>)}
              </select>
              <button type="button" className="button" aria-label={t.delay(label)} disabled={(scenario.variants?.length ?? 0) >= 3}
                onClick={() => addDelayedVariant(entry.id, t.delayTitle)}>{t.delayShort}</button>
              <button type="button" className="button" aria-label={t.remove(label)} onClick={() => removeCase(entry.id)}>{t.removeShort}</button>
            </li>
          );
        })}
      </ul>
      <AddCase />
    </section>
  );
}

function AddCase() {
  const t = useTexts(portfolioTexts);
  const addCase = usePortfolio((s) => s.addCase);
  const openScenario = useAppStore((s) => s.scenario);
  const [choice, setChoice] = useState(OPEN_SCENARIO);
  const add = () => {
    if (choice === OPEN_SCENARIO) { if (openScenario) addCase(openScenario); }
    else {
      const example = EXAMPLES.find((e) => e.id === choice);
      if (example) addCase(example.json);
    }
  };
  return (
    <div className="portfolio__add">
      <label htmlFor="portfolio-add">{t.addFrom}</label>
      <select id="portfolio-add" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value={OPEN_SCENARIO}>{t.openScenario}</option>
        {EXAMPLES.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
      </select>
      <button type="button" className="button" onClick={add}>{t.addButton}</button>
    </div>
  );
}
