/**
 * The workbook's »Om« sheet states the welfare view beside the perspective (issue 8 item 3): for IPS,
 * valued by direct values, that its production value is not computed; in the budget view nothing.
 * And the welfare view's × NAF stays in the workbook's figures: every line still rebuilds the
 * engine's annual figures (the factor is part of the written weights).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine';
import { buildWorkbook } from '../../src/export/workbook/build';
import { parseScenarioText } from '../../src/io/load-scenario';

function aboutOf(perspective: string) {
  const loaded = parseScenarioText(readFileSync(new URL('../../scenarios/ips-inklusion.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const scenario = { ...loaded.value.scenario, settings: { ...loaded.value.scenario.settings, perspective } };
  const run = runScenario(scenario, loaded.value.model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  const built = buildWorkbook(scenario, loaded.value.model, run.value, { generator: 'test' });
  const about = built.workbook.sheets.find((s) => s.name === 'Om')!;
  return { texts: about.rows.map((r) => { const v = r[0]?.value; return typeof v === 'string' ? v : ''; }), built };
}

describe('the welfare statement in the workbook', () => {
  it('IPS under the welfare view: the production value is not computed, with NAF and SFF', () => {
    const { texts, built } = aboutOf('welfare');
    expect(texts.filter((t) => t.startsWith('Velfærdsøkonomisk opgørelse: produktionsværdien er ikke opgjort: '))).toHaveLength(1);
    expect(texts.join('\n')).toMatch(/nettoafgiftsfaktor \(NAF\) 1,28, skatteforvridningsfaktor \(SFF\) 1 \(Finansministeriet 2023\)\./);
    expect(built.valueLines).toEqual([]);
  });

  it('the budget view states nothing of it', () => {
    expect(aboutOf('budget').texts.some((t) => t.startsWith('Velfærdsøkonomisk opgørelse'))).toBe(false);
  });
});
