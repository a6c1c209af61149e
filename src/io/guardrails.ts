/** The guardrails of a computed scenario, with the intervention templates of the catalogue it names (their values suffice: modelCatalogue). */
import { modelCatalogue } from './catalogues';
import { checkGuardrails, type GuardrailFinding, type Model, type Projection, type Scenario } from '../engine';

export function guardrailsFor(scenario: Scenario, model: Model, projection: Projection): GuardrailFinding[] {
  const templates = scenario.catalogue ? modelCatalogue(scenario.catalogue.id)?.interventionTemplates : undefined;
  return checkGuardrails({ scenario, model, projection, templates });
}

/** One line per finding for printed output: kind, field and numbers. */
export function guardrailLine(f: GuardrailFinding): string {
  const numbers = Object.entries(f.numbers).map(([k, v]) => `${k}=${Math.round(v * 1e6) / 1e6}`);
  const refs = Object.entries(f.refs ?? {}).map(([k, v]) => `${k}=${v}`);
  return [`${f.kind} @ ${f.path}`, ...numbers, ...refs].join(' ');
}
