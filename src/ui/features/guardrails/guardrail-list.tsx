/** The guardrails' findings beside the results: each with its field, a one-sentence reason and its source. Never blocking. */
import { selectGuardrails, useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { guardrailTexts } from './texts';

export function GuardrailList() {
  const t = useTexts(guardrailTexts);
  const findings = useAppStore(selectGuardrails);
  return (
    <section aria-labelledby="guardrails-heading" className="guardrails">
      <h3 id="guardrails-heading">{t.heading} ({findings.length})</h3>
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
