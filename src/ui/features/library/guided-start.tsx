/**
 * »Ny case«: a guided start in five steps (target group → cohorts → price → effect with deadweight →
 * result). Each step shows the catalogue's suggestion and its source, and beside it the result of the
 * answers so far, recomputed as one types (docs/first-case.md); Enter goes on, Escape closes. It is a
 * non-modal panel: nothing traps the focus, and the page stays usable behind it.
 * Finishing opens the case like »Start fra skabelon«: the current work stays in »Mine scenarier«.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { shippedCatalogue } from '../../../io/catalogues';
import type { CatalogueFile } from '../../../io/catalogue-schema';
import { formatFigure, formatKroner, formatNumber, formatYears, parseLocaleNumber, type Locale } from '../../../format/numbers';
import { unitText } from '../../../format/units';
import { useAppStoreApi } from '../../../state';
import {
  guidedResult, guidedScenario, guidedSuggestion, guidedTargetGroups, openGuidedCase, templatesForGroup,
  type GuidedAnswers, type GuidedParameter,
} from '../../../state/edits/guided-start';
import { NEW_CASE_CATALOGUE } from '../../../state/edits/new-scenario';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { useItemNames } from '../../i18n/edit-names';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { guidedTexts, type GuidedTexts } from './guided-texts';

const STEPS = 5;

interface Drafts { perYear: string; years: string; firstYear: string; price: string; treated: string; deadweight: string }

function draftsFor(catalogue: CatalogueFile, template: string, locale: Locale): Drafts {
  const s = guidedSuggestion(catalogue, template);
  const pct = (p: GuidedParameter | null) => (p ? formatFigure(p.value * 100, locale) : '');
  return {
    perYear: String(s.perYear), years: String(s.years), firstYear: String(s.firstYear),
    price: s.price ? formatFigure(s.price.value, locale) : '', treated: pct(s.treated), deadweight: pct(s.deadweight),
  };
}

function sourceText(source: { title: string; publisher?: string; year?: number | string; locator?: string; url?: string } | undefined): string {
  if (!source) return '';
  return [source.title, source.publisher, source.year, source.locator].filter((x) => x !== undefined && x !== '').join(', ');
}

export function GuidedStart({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useTexts(guidedTexts);
  const locale = useLocale();
  const names = useItemNames();
  const store = useAppStoreApi();
  const translated = useCatalogueNames();
  const catalogue = useMemo(() => shippedCatalogue(NEW_CASE_CATALOGUE), []);
  const groups = useMemo(() => (catalogue ? guidedTargetGroups(catalogue) : []), [catalogue]);
  const [step, setStep] = useState(0);
  const [group, setGroup] = useState(groups[0] ?? '');
  const templates = useMemo(() => (catalogue ? templatesForGroup(catalogue, group) : []), [catalogue, group]);
  const [template, setTemplate] = useState(templates[0] ?? '');
  const [drafts, setDrafts] = useState<Drafts>(() => (catalogue && template ? draftsFor(catalogue, template, locale) : draftsFor({} as CatalogueFile, '', locale)));
  const heading = useRef<HTMLHeadingElement>(null);
  const uid = useId();
  useEffect(() => { heading.current?.focus(); }, [step]);
  if (!catalogue || groups.length === 0) return null;

  const suggestion = guidedSuggestion(catalogue, template);
  const num = (text: string) => parseLocaleNumber(text, locale);
  const whole = (text: string, min: number) => { const n = num(text); return n !== null && Number.isInteger(n) && n >= min ? n : null; };
  const answers: GuidedAnswers = {
    targetGroup: group, template,
    perYear: whole(drafts.perYear, 0) ?? 0, years: whole(drafts.years, 1) ?? 1, firstYear: whole(drafts.firstYear, 1) ?? 1,
    price: suggestion.price ? num(drafts.price) : null,
    treated: suggestion.treated ? (num(drafts.treated) ?? NaN) / 100 : null,
    deadweight: suggestion.deadweight ? (num(drafts.deadweight) ?? NaN) / 100 : null,
  };
  const valid = [
    group !== '' && template !== '',
    whole(drafts.perYear, 0) !== null && whole(drafts.years, 1) !== null && whole(drafts.firstYear, 1) !== null,
    !suggestion.price || num(drafts.price) !== null,
    (!suggestion.treated || num(drafts.treated) !== null) && (!suggestion.deadweight || num(drafts.deadweight) !== null),
    true,
  ];
  const chooseGroup = (g: string) => {
    setGroup(g);
    const first = templatesForGroup(catalogue, g)[0] ?? '';
    setTemplate(first);
    setDrafts(draftsFor(catalogue, first, locale));
  };
  const chooseTemplate = (tid: string) => { setTemplate(tid); setDrafts(draftsFor(catalogue, tid, locale)); };
  const finish = () => { if (openGuidedCase(store.getState(), answers, names).length === 0) onDone(); };
  const onSubmit = () => {
    if (!valid[step]) return;
    if (step < STEPS - 1) setStep(step + 1);
    else finish();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') { event.stopPropagation(); onDone(); }
  };
  const field = (key: keyof Drafts, label: string, help?: ReactNode) => {
    const fid = `${uid}-${key}`;
    const ok = num(drafts[key]) !== null;
    return (
      <div className="guided__field">
        <label htmlFor={fid}>{label}</label>
        <input id={fid} type="text" inputMode="decimal" value={drafts[key]} aria-invalid={!ok || undefined}
          aria-describedby={help ? `${fid}-help` : undefined}
          onChange={(e) => setDrafts({ ...drafts, [key]: e.target.value })} />
        {!ok && <p className="guided__error">{t.invalid}</p>}
        {help && <p id={`${fid}-help`} className="guided__help">{help}</p>}
      </div>
    );
  };
  const source = (p: GuidedParameter | null) => p && (
    <>{t.suggestion(p.unit === 'share' ? `${formatFigure(p.value * 100, locale)}${locale === 'da' ? ' %' : '%'}` : formatFigure(p.value, locale))} {p.source && <>{t.source}: {translated(`interventionTemplates.${template}.parameters.${p.name}.source`, p.source)}.</>}</>
  );
  const g = catalogue.targetGroups?.[group];
  const parameterLabel = (p: GuidedParameter) => translated(`interventionTemplates.${template}.parameters.${p.name}`, p.label);

  return (
    <div id={id} className="guided" role="dialog" aria-labelledby={`${uid}-title`} onKeyDown={onKeyDown}>
      <h2 id={`${uid}-title`}>{t.title}</h2>
      <ol className="guided__steps" aria-label={t.stepOf(step + 1, STEPS)}>
        {t.steps.map((s, k) => <li key={s} aria-current={k === step ? 'step' : undefined} className={k === step ? 'is-current' : undefined}>{s}</li>)}
      </ol>
      <form onSubmit={(e) => { e.preventDefault(); onSubmit(); }}
        onKeyDown={(e) => { if (e.key === 'Enter' && e.target instanceof HTMLInputElement) { e.preventDefault(); onSubmit(); } }}>
        <h3 ref={heading} tabIndex={-1}>{t.stepOf(step + 1, STEPS)}: {t.steps[step]}</h3>
        {step === 0 && (
          <>
            <div className="guided__field">
              <label htmlFor={`${uid}-group`}>{t.targetGroup}</label>
              <select id={`${uid}-group`} value={group} onChange={(e) => chooseGroup(e.target.value)}>
                {groups.map((gid) => <option key={gid} value={gid}>{translated(`targetGroups.${gid}`, catalogue.targetGroups?.[gid]?.label ?? gid)}</option>)}
              </select>
            </div>
            {g && (
              <div className="guided__facts">
                <p>{g.count !== undefined ? t.groupCount(formatNumber(g.count, locale), g.countUnit === 'full-time persons' ? t.fullTime : t.persons, g.countDate ?? '') : t.noCount}</p>
                <p>{g.startingSeniorityWeeks !== undefined ? t.seniority(formatNumber(g.startingSeniorityWeeks, locale)) : t.noSeniority}</p>
                {g.note && <p className="guided__help">{translated(`targetGroups.${group}.note`, g.note)}</p>}
                <p className="guided__help">{t.source}: {sourceText(g.source && { ...g.source, ...(g.source.locator ? { locator: translated(`targetGroups.${group}.source.locator`, g.source.locator) } : {}) })}.</p>
              </div>
            )}
            <div className="guided__field">
              <label htmlFor={`${uid}-template`}>{t.template}</label>
              <select id={`${uid}-template`} value={template} onChange={(e) => chooseTemplate(e.target.value)}>
                {templates.map((tid) => <option key={tid} value={tid}>{translated(`interventionTemplates.${tid}`, catalogue.interventionTemplates?.[tid]?.label ?? tid)}</option>)}
              </select>
              <p className="guided__help">{translated(`interventionTemplates.${template}.evidenceNote`, catalogue.interventionTemplates?.[template]?.evidenceNote ?? '')}</p>
            </div>
          </>
        )}
        {step === 1 && (
          <>
            {field('perYear', t.perYear, t.cohortNote(formatNumber(suggestion.perYear, locale)))}
            {field('years', t.years)}
            {field('firstYear', t.firstYear)}
          </>
        )}
        {step === 2 && (suggestion.price
          ? field('price', t.price(parameterLabel(suggestion.price), unitText(suggestion.price.unit ?? '', locale)), source(suggestion.price))
          : <p>{t.noPrice}</p>)}
        {step === 3 && (suggestion.treated && suggestion.deadweight
          ? (
            <>
              {field('treated', t.treated(parameterLabel(suggestion.treated)), source(suggestion.treated))}
              {field('deadweight', t.deadweight(parameterLabel(suggestion.deadweight)), <>{source(suggestion.deadweight)} {t.deadweightNote}</>)}
              {answers.treated !== null && answers.deadweight !== null && Number.isFinite(answers.treated - answers.deadweight) && (
                <p>{t.effectIs(formatFigure((answers.treated - answers.deadweight) * 100, locale))}</p>
              )}
            </>
          )
          : <p>{t.noEffect}</p>)}
        {step === 4 && <GuidedResultView catalogue={catalogue} answers={answers} t={t} locale={locale} />}
        {step < 4 && valid[step] && <GuidedResultView catalogue={catalogue} answers={answers} t={t} locale={locale} preview />}
        <div className="guided__buttons">
          <button type="button" className="button" onClick={onDone}>{t.cancel}</button>
          <button type="button" className="button" disabled={step === 0} onClick={() => setStep(step - 1)}>{t.back}</button>
          <button type="submit" className="button guided__primary" disabled={!valid[step]}>{step === STEPS - 1 ? t.finish : t.next}</button>
        </div>
      </form>
    </div>
  );
}

/** The result of the answers; `preview`: the running one shown beside steps 1–4 (not a live region: it changes on every keystroke). */
function GuidedResultView({ catalogue, answers, t, locale, preview = false }: { catalogue: CatalogueFile; answers: GuidedAnswers; t: GuidedTexts; locale: Locale; preview?: boolean }) {
  const names = useItemNames();
  const scenario = guidedScenario(catalogue, answers, names);
  const result = scenario ? guidedResult(scenario) : null;
  const headingId = useId();
  const figures = (
    <>
      {result && !result.ok && <p className="guided__error">{t.resultError(result.errors.map((e) => e.message).join('; '))}</p>}
      {result?.ok && (
        <dl>
          <dt>{t.participants}</dt><dd>{formatNumber(result.value.participants, locale)}</dd>
          <dt>{t.npv}</dt><dd>{formatKroner(result.value.npv, locale)}</dd>
          <dt>{t.payback}</dt><dd>{formatYears(result.value.paybackYears, locale, 1)}</dd>
        </dl>
      )}
    </>
  );
  if (preview) {
    return (
      <aside className="guided__result guided__preview" aria-labelledby={headingId}>
        <h4 id={headingId}>{t.previewHeading}</h4>
        <p className="guided__help">{t.previewIntro}</p>
        {figures}
      </aside>
    );
  }
  return (
    <div className="guided__result" role="status">
      <p>{t.resultIntro}</p>
      {figures}
    </div>
  );
}
