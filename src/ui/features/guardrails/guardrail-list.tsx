/** The guardrails' findings beside the results: each with its field, a one-sentence reason and its source. Never blocking. */
import { useId } from 'react';
import { selectGuardrails, useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { guardrailTexts } from './texts';

export function GuardrailList() {
  const t = useTexts(guardrailTexts);
  const findings = useAppStore(selectGuardrails);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="guardrails">
      <h3 id={headingId}>{t.heading} ({findings.length})</h3>
      {findings.length === 0 ? <p>{t.none}</p> : (
        <ul>
          {findings.map((f, n) => (
            <li key={`${f.kind}-${f.path}-${n}`} data-kind={f.kind}>
              <strong>{t.kinds[f.kind].title}</strong> — {t.kinds[f.kind].reason}{' '}
              <small>{t.field}: <code>{f.path}</code>. {t.kinds[f.kind].source}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
