/**
 * Issue 11, item 3: the optimism statement writes its percentages the language's way (»4 %« in
 * Danish, »4%« in English, »12,5 %« / »12.5%«), and the CLI's warnings read in words in both
 * languages: no guardrail kind (`noDecayLongEffect`), no field path (`targetGroups[0]…`), no
 * number key (`limitYears=5`) and no number in the other language's format (»5.5« in Danish); and
 * --explain names lines' fields and categories in words, kroner the language's way and a template's
 * sources in the language.
 */
import { describe, expect, it } from 'vitest';
import { optimismStatement } from '../../src/format/optimism';
import type { GuardrailFinding } from '../../src/engine';
import { guardrailText } from '../../src/cli/guardrail-texts';
import { IPS_FILE, runCliInProcess, writeTemp } from '../cli/run-cli';
import { shippedCatalogue } from '../../src/io/catalogues';
import { newScenarioFromTemplate } from '../../src/state/edits/new-scenario';
import { ITEM_NAMES } from '../../src/ui/i18n/edit-names';
import { loadCatalogueTexts } from '../../src/io/catalogue-texts-loader';

// A new case's template words come from the catalogue texts, which the page loads on demand (src/io/catalogue-texts-loader.ts).
await loadCatalogueTexts();

const graded = { enabled: true, grades: [{ grade: 2, label: 'B', gainReduction: 0.04, costUplift: 0.125, lines: 3 }], ungradedLines: 0 };

describe('the optimism statement', () => {
  it('writes its percentages the Danish way in Danish and the English way in English', () => {
    expect(optimismStatement(graded, 'da')).toBe('til: karakter 2: gevinster −4 %, omkostninger +12,5 %');
    expect(optimismStatement(graded, 'en')).toBe('on: grade 2: gains −4%, costs +12.5%');
  });
});

const INTERNAL = /\b(noDecayLongEffect|discountingOff|targetGroups|settings\.|[a-z]+[A-Z]\w*=|\w+=\d)/;

describe('the CLI\'s warnings', () => {
  it('read in words in Danish and English, numbers in the language\'s format', async () => {
    const [da, en] = await Promise.all([runCliInProcess([IPS_FILE, '--lang', 'da']), runCliInProcess([IPS_FILE, '--lang', 'en'])]);
    const warnings = (out: string, heading: string) => out.slice(out.indexOf(`${heading} (`)).split('\n').slice(1, 3);
    const daLines = warnings(da.stdout, 'Advarsler');
    const enLines = warnings(en.stdout, 'Warnings');
    expect(daLines).toEqual([
      '  Ingen aftagning over mange år: Målgruppe 1 › Indsats 1 › Effekt 1 › Aftagning (år 5,5; grænse i år 5)',
      '  Ingen diskontering over en budgetperiode: Indstillinger › Diskontering (horisont i år 7; grænse i år 4)',
    ]);
    expect(enLines).toEqual([
      '  No decay over many years: Target group 1 › Intervention 1 › Outcome 1 › Decay (years 5.5; limit in years 5)',
      '  No discounting over a budget period: Settings › Discounting (horizon in years 7; limit in years 4)',
    ]);
    for (const line of [...daLines, ...enLines]) expect(line).not.toMatch(INTERNAL);
  });

  it('group the catalogue figures outside their validity into one warning that lists them (table and CSV)', async () => {
    // The voksenlærling example runs 2027–2034 on the 2015 rules: six figures in force in 2015 (or 2014) only.
    const file = IPS_FILE.replace('ips-inklusion', 'voksenlaerling');
    const [da, en, csv] = await Promise.all([runCliInProcess([file, '--lang', 'da']), runCliInProcess([file, '--lang', 'en']),
      runCliInProcess([file, '--lang', 'da', '--csv'])]);
    const block = (out: string, title: string) => out.split('\n').filter((l, n, all) => l.includes(title) || (all.slice(0, n).some((p) => p.includes(title)) && l.startsWith('    ')));
    const SIX = [
      'beskaeftigelsesfradrag_max_aar gælder 2015-01-01 til 2015-12-31', 'beskaeftigelsesfradrag_sats gælder 2015-01-01 til 2015-12-31',
      'bundskat_sats gælder 2015-01-01 til 2015-12-31', 'kommuneskat_sats gælder 2015-01-01 til 2015-12-31',
      'kontanthjaelp_30_ikke_forsoerger_maaned gælder 2014-01-01 til 2014-12-31', 'sundhedsbidrag_sats gælder 2015-01-01 til 2015-12-31',
    ];
    expect(block(da.stdout, 'Katalogtal uden for')).toEqual([
      '  Katalogtal uden for sin gyldighed (6): Med regelåret 2015 (valgt med »Regler fra år«) gælder 6 katalogtal ikke i alle casens år, 2027–2034',
      ...SIX.map((f) => `    ${f}`),
    ]);
    expect(block(en.stdout, 'Catalogue figure outside')[0]).toBe('  Catalogue figure outside its validity (6): Under rules year 2015 (set by »Rules from year«) 6 catalogue figures are not in force in every year of the case, 2027–2034');
    // The CSV's warnings on stderr: one warning for the six, each figure on its own line under it.
    const lines = csv.stderr.split('\n');
    const at = lines.findIndex((l) => l.includes('Katalogtal uden for'));
    expect(lines.filter((l) => l.includes('Katalogtal uden for'))).toHaveLength(1);
    expect(lines[at]).toBe('warning: Advarsler: Katalogtal uden for sin gyldighed (6): Med regelåret 2015 (valgt med »Regler fra år«) gælder 6 katalogtal ikke i alle casens år, 2027–2034:');
    expect(lines.slice(at + 1, at + 7)).toEqual(SIX.map((f) => `warning:   ${f}`));
  });

  it('name every kind of finding in words, shares as percentages', () => {
    const kinds: GuardrailFinding[] = [
      { kind: 'noDeadweight', path: 'targetGroups[0].interventions[0].outcomes[0].counterfactual', numbers: { treated: 0.58 } },
      { kind: 'beyondEvidence', path: 'targetGroups[0].interventions[0].outcomes[0].treated', numbers: { delta: 0.4, evidenceDelta: 0.345 }, refs: { template: 'ips', evidence: 'strong' } },
      { kind: 'doubleCounting', path: 'targetGroups[0].interventions[0].outcomes[1].value', numbers: {}, refs: { other: 'targetGroups[0].interventions[0].outcomes[0]', state: 'job' } },
      { kind: 'horizonBeyondData', path: 'settings.horizonYears', numbers: { horizonYears: 10, dataYears: 4.5 }, refs: { outcome: 'targetGroups[0].interventions[0].outcomes[0]' } },
      { kind: 'priceYearMixed', path: 'settings.priceYear', numbers: { years: 2, firstYear: 2015, lastYear: 2024 } },
    ];
    expect(guardrailText(kinds[0]!, 'da')).toBe('Ingen dødvægt: Målgruppe 1 › Indsats 1 › Effekt 1 › Andel uden indsatsen (behandlet 58,0 %)');
    expect(guardrailText(kinds[1]!, 'en')).toContain('(effect 40.0%; the evidence\'s effect 34.5%; template ips; evidence strong)');
    expect(guardrailText(kinds[4]!, 'da')).toContain('første år 2015; sidste år 2024');
    for (const f of kinds) {
      expect(guardrailText(f, 'da')).not.toMatch(INTERNAL);
      expect(guardrailText(f, 'en')).not.toMatch(INTERNAL);
      expect(guardrailText(f, 'da')).not.toMatch(/\d\.\d/);
      expect(guardrailText(f, 'en')).not.toMatch(/\d,\d/);
    }
  });
});

describe('the CLI\'s --explain', () => {
  it('names fields and categories in words, kroner and sources in the language asked for', async () => {
    const [da, en] = await Promise.all([
      runCliInProcess([IPS_FILE, '--explain', 'total', '--lang', 'da']), runCliInProcess([IPS_FILE, '--explain', 'total', '--lang', 'en']),
    ]);
    expect(da.stdout).toContain('Forklaring: Netto, År 7, akkumuleret, pr. deltager: 201.410 kr.');
    expect(da.stdout).toContain('(Målgruppe 1 › Indsats 1 › Udgift 1)');
    expect(da.stdout).toContain('IPS-forløb [kommune, Indsats]');
    expect(da.stdout).toContain('CEBR (2015) i Ekspertgruppen (2015), Boks 6.11');
    expect(en.stdout).toContain('Explanation: Net, Year 7, cumulative, per participant: DKK 201,410');
    expect(en.stdout).toContain('(Target group 1 › Intervention 1 › Cost 1)');
    expect(en.stdout).toContain('CEBR (2015) in Ekspertgruppen (2015), Boks 6.11');
    for (const out of [da.stdout, en.stdout]) expect(out).not.toMatch(/targetGroups\[|\[\w+, (intervention|unspecified|benefits|taxes)\]/);
    expect(en.stdout).not.toMatch(/\d kr\./);
  });
});

describe('the CLI\'s --compare', () => {
  it('writes years ungrouped, distributions and fields in words, a missing figure as a dash', async () => {
    const file = writeTemp('ips-from-template.json', JSON.stringify(newScenarioFromTemplate(shippedCatalogue('dk')!, 'ips', ITEM_NAMES.da)));
    const [da, en] = await Promise.all([
      runCliInProcess([file, '--compare', IPS_FILE, '--lang', 'da']), runCliInProcess([file, '--compare', IPS_FILE, '--lang', 'en']),
    ]);
    expect(da.stdout).toContain('Indstillinger › Prisår: 2015 → (ingen)');
    expect(da.stdout).toContain('Parameter omkostning_pr_aar › Usikkerhed: { Fordeling: trekantsfordeling; Mindste værdi: 49.500; Typeværdi: 55.000; Største værdi: 60.500 } → (ingen)');
    expect(da.stdout).toContain('Parameter omkostning_pr_aar › Kilde: "CEBR (2015) i Ekspertgruppen (2015), Boks 6.11"');
    expect(en.stdout).toContain('Settings › Price year: 2015 → (none)');
    expect(en.stdout).toContain('{ Distribution: triangular; Smallest value: 49,500; Mode: 55,000; Largest value: 60,500 }');
    for (const out of [da.stdout, en.stdout]) {
      expect(out).not.toMatch(/NaN|2\.015|2,015|› source:|› note:|type: triangular/);
    }
  });
});
