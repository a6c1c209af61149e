/** The follow-up CSV template (Danish Excel dialect) as a download, from the panel and the editor alike. */
import { followUpTemplateCsv } from '../../../io/follow-up-csv';
import type { Scenario } from '../../../engine';

export function downloadFollowUpTemplate(scenario: Scenario): void {
  const url = URL.createObjectURL(new Blob([followUpTemplateCsv(scenario)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'opfoelgning-skabelon.csv';
  a.click();
  URL.revokeObjectURL(url);
}
