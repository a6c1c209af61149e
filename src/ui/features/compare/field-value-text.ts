/** How a field's value reads in the comparison: numbers the locale's way (shares in percent), text as is, anything else as JSON. */
import type { Locale } from '../../../format/numbers';
import type { ScenarioFile } from '../../../io/scenario-schema';
import { formatAmountText } from '../../components/number-text';

export function formatFieldValue(value: unknown, locale: Locale, percent: boolean, absent: string): string {
  if (value === undefined) return absent;
  if (typeof value === 'number' || typeof value === 'string') return formatAmountText(value, locale, percent);
  return JSON.stringify(value);
}

function parameterAt(scenario: ScenarioFile | null, path: string) {
  const name = /^parameters\.([a-z_][a-z0-9_]*)\.value$/.exec(path)?.[1];
  return name === undefined ? undefined : scenario?.parameters[name];
}

/** Whether `path` is the value of a parameter typed in percent (unit »share«), as the editor shows it. */
export function isShareField(scenario: ScenarioFile | null, path: string): boolean {
  return parameterAt(scenario, path)?.unit === 'share';
}

/** The label of the parameter whose value `path` is, if any: the path alone says little to a reader. */
export function parameterLabel(scenario: ScenarioFile | null, path: string): string | undefined {
  return parameterAt(scenario, path)?.label || undefined;
}
