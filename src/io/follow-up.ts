/**
 * Follow-up of a loaded scenario: the forecast as decided (the decision basis if the file has one,
 * else the scenario itself), its re-projection with the realised figures, and the comparison.
 * The decision basis is read, never written; its hash is checked.
 */
import { ScenarioFileSchema } from './scenario-schema';
import { issuesToErrors } from './validation-errors';
import { verifyDecisionBasis } from './decision-basis';
import { followUpView, type FollowUpView, type ReportFacts } from './follow-up-view';
import {
  compareWithForecast, reproject, runScenario,
  type EngineError, type Model, type Result, type Scenario,
} from '../engine';

export interface FollowUpReport extends ReportFacts {
  /** The same, as the plain model the app, the CLI and the printed report render. */
  view: FollowUpView;
}

export function followUpReport(scenario: Scenario, model: Model): Result<FollowUpReport, EngineError> | null {
  if (!scenario.followUp) return null;
  let forecastScenario: Scenario = scenario;
  if (scenario.decisionBasis) {
    const parsed = ScenarioFileSchema.safeParse(scenario.decisionBasis.scenario);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues).map((e) => ({ ...e, path: `decisionBasis.scenario.${e.path}` })) };
    forecastScenario = parsed.data;
  }
  const forecast = runScenario(forecastScenario, model);
  if (!forecast.ok) return forecast;
  const again = reproject(forecastScenario, scenario.followUp, model);
  if (!again.ok) return again;
  const { deviations, ledgers } = compareWithForecast(forecastScenario, forecast.value, scenario.followUp, again.value.projection);
  const basis = scenario.decisionBasis
    ? { date: scenario.decisionBasis.date, sha256: scenario.decisionBasis.sha256, intact: verifyDecisionBasis(scenario.decisionBasis) }
    : null;
  const report = { forecast: forecast.value, reprojected: again.value.projection, deviations, ledgers, basis };
  return { ok: true, value: { ...report, view: followUpView(scenario, forecastScenario, model, report) } };
}
