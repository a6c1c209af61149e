/**
 * The guardrails' findings beside the results: one entry per kind with its one-sentence reason,
 * its source and the fields it concerns (the first few, then how many more: a large portfolio can
 * have hundreds). Each field also carries its own marker in the editor. Never blocking.
 */
import { useId } from 'react';
import { selectGuardrails, useScenarioCheck } from '../../../state';
import type { GuardrailFinding, GuardrailKind } from '../../../engine';
import { fieldPathText } from '../../../format/problem-text';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { FiguresOutOfValidity } from './figures-out-of-validity';
import { guardrailTexts } from './texts';

const SHOWN_FIELDS = 5;

export function GuardrailList() {
  const t = useTexts(guardrailTexts);
  const locale = useLocale();
  const findings = useScenarioCheck(selectGuardrails);
  const headingId = useId();
  const byKind = new Map<GuardrailKind, GuardrailFinding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return (
    <section aria-labelledby={headingId} className="guardrails">
      <h3 id={headingId}>{t.heading} ({findings.length})</h3>
      {findings.length === 0 ? <p>{t.none}</p> : (
        <ul>
          {[...byKind].map(([kind, list]) => (
            <li key={kind} data-kind={kind}>
              <strong>{t.kinds[kind].title}</strong>{list.length > 1 ? ` (${list.length})` : ''} — {t.kinds[kind].reason}{' '}
              {kind === 'figureOutOfValidity' ? (
                // One list of the figures (all of them: a catalogue dates a handful), not »Felt: …« per figure.
                <><FiguresOutOfValidity findings={list} className="guardrail-figures" /><small>{t.kinds[kind].source}</small></>
              ) : (
                <small>
                  {t.field}: {list.slice(0, SHOWN_FIELDS).map((f, n) => (
                    <span key={f.path + n} className="guardrail-field">{n > 0 ? ', ' : ''}{fieldPathText(f.path, locale)}</span>
                  ))}
                  {list.length > SHOWN_FIELDS ? ` ${t.more(list.length - SHOWN_FIELDS)}` : ''}. {t.kinds[kind].source}
                </small>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
