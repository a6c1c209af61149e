/**
 * A parameter's uncertainty for Monte Carlo and sensitivity: none or a distribution (uniform,
 * triangular, PERT, normal, lognormal with optional bounds) and its numbers. Each change is one named
 * edit of the whole `uncertainty` object, committed only if the distribution is sound
 * (checkUncertainty) and the file format accepts it; otherwise the field keeps what was typed.
 */
import { useState } from 'react';
import type { EngineError, Uncertainty } from '../../../engine';
import { defaultUncertainty, uncertaintyProblem, useAppStore } from '../../../state';
import { DraftInput } from '../../components/draft-input';
import { formatAmountText, parseAmountText } from '../../components/number-text';
import { useLocale, useTexts, type Texts } from '../../i18n/use-texts';
import { FieldShell } from './field';
import { fieldId, useCommitField, useFieldErrors } from './use-editor';

type Kind = Uncertainty['type'];
type Key = 'min' | 'mode' | 'max' | 'mean' | 'sd' | 'mu' | 'sigma';
const KINDS: Kind[] = ['uniform', 'triangular', 'pert', 'normal', 'lognormal'];
/** The numbers of each distribution; the bounds of normal and lognormal are optional. */
const KEYS: Record<Kind, Key[]> = {
  uniform: ['min', 'max'], triangular: ['min', 'mode', 'max'], pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd', 'min', 'max'], lognormal: ['mu', 'sigma', 'min', 'max'],
};
const OPTIONAL = (kind: Kind, key: Key) => (kind === 'normal' || kind === 'lognormal') && (key === 'min' || key === 'max');

const da = {
  legend: 'Usikkerhed (Monte Carlo og følsomhed)',
  distribution: 'Fordeling',
  kinds: { none: 'Ingen', uniform: 'Ligefordeling', triangular: 'Trekantfordeling', pert: 'PERT', normal: 'Normalfordeling', lognormal: 'Lognormalfordeling' },
  keys: { min: 'Min.', mode: 'Mest sandsynlig', max: 'Maks.', mean: 'Middelværdi', sd: 'Standardafvigelse', mu: 'μ (log-skala)', sigma: 'σ (log-skala)' },
  optional: '(valgfri grænse)',
  notNumber: 'Skal være et tal.',
  required: 'Skal udfyldes.',
  order: { 'expected min ≤ mode ≤ max': 'Der skal gælde min. ≤ mest sandsynlig ≤ maks.', 'expected min ≤ max': 'Der skal gælde min. ≤ maks.' } as Record<string, string>,
};
const texts: Texts<typeof da> = {
  da,
  en: {
    legend: 'Uncertainty (Monte Carlo and sensitivity)',
    distribution: 'Distribution',
    kinds: { none: 'None', uniform: 'Uniform', triangular: 'Triangular', pert: 'PERT', normal: 'Normal', lognormal: 'Lognormal' },
    keys: { min: 'Min', mode: 'Most likely', max: 'Max', mean: 'Mean', sd: 'Standard deviation', mu: 'μ (log scale)', sigma: 'σ (log scale)' },
    optional: '(optional bound)',
    notNumber: 'Must be a number.',
    required: 'Required.',
    order: { 'expected min ≤ mode ≤ max': 'Min ≤ most likely ≤ max must hold.', 'expected min ≤ max': 'Min ≤ max must hold.' },
  },
};

function NumberField({ name, u, k, percent, commit }: { name: string; u: Uncertainty; k: Key; percent: boolean; commit: (next: Uncertainty, label: string) => EngineError[] }) {
  const t = useTexts(texts);
  const locale = useLocale();
  const path = ['parameters', name, 'uncertainty', k];
  const id = fieldId(path);
  const stored = useFieldErrors(path);
  const [refused, setRefused] = useState<EngineError[]>([]);
  const optional = OPTIONAL(u.type, k);
  // μ and σ are on the log scale: never in percent.
  const asPercent = percent && k !== 'mu' && k !== 'sigma';
  const value = (u as unknown as Record<string, number | undefined>)[k];
  const label = `${t.keys[k]}${asPercent ? ' (%)' : ''}${optional ? ` ${t.optional}` : ''}`;
  const onCommit = (text: string): boolean => {
    const parsed = parseAmountText(text, locale, asPercent);
    const problem = (message: string) => (setRefused([{ path: path.join('.'), message }]), false);
    if (parsed.kind === 'expression') return problem(t.notNumber);
    if (parsed.kind === 'empty' && !optional) return problem(t.required);
    const next = { ...u } as Record<string, unknown>;
    if (parsed.kind === 'empty') delete next[k];
    else next[k] = parsed.value;
    const order = uncertaintyProblem(next as Uncertainty);
    if (order) return problem(t.order[order] ?? order);
    const found = commit(next as Uncertainty, t.keys[k]);
    setRefused(found);
    return found.length === 0;
  };
  const problems = refused.length ? refused : stored;
  return (
    <FieldShell id={id} label={label} problems={problems}>
      <DraftInput id={id} text={formatAmountText(value, locale, asPercent)} inputMode="decimal" autoComplete="off" onCommit={onCommit}
        onRevert={() => setRefused([])} aria-invalid={problems.length > 0 || undefined} aria-describedby={problems.length ? `${id}-error` : undefined} />
    </FieldShell>
  );
}

export function UncertaintyFields({ name }: { name: string }) {
  const t = useTexts(texts);
  const parameter = useAppStore((s) => s.scenario?.parameters[name]);
  const commitField = useCommitField();
  if (!parameter) return null;
  const path = ['parameters', name, 'uncertainty'];
  const id = fieldId(path);
  const u = parameter.uncertainty;
  const commit = (next: Uncertainty | undefined, label: string) => commitField(path, next, `${t.legend}: ${label}`);
  return (
    <fieldset className="editor-fieldset editor-uncertainty">
      <legend>{t.legend}</legend>
      <div className="editor-grid">
        <FieldShell id={id} label={t.distribution} problems={[]}>
          <select id={id} value={u?.type ?? ''}
            onChange={(e) => commit(e.target.value === '' ? undefined : defaultUncertainty(e.target.value as Kind, parameter), t.distribution)}>
            <option value="">{t.kinds.none}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </select>
        </FieldShell>
        {u && KEYS[u.type].map((k) => <NumberField key={`${u.type}-${k}`} name={name} u={u} k={k} percent={parameter.unit === 'share'} commit={commit} />)}
      </div>
    </fieldset>
  );
}
