/**
 * --follow-up on the command line, and the guardrails in every export. The worked example
 * scenarios/opfoelgning-mentor.json (hand calculation in test/golden/opfoelgning-mentor.test.ts):
 * total NPV 840.000 kr. forecast, −76.800 kr. re-projected, payback 2,83 years → not within 4;
 * 3 of 6 realised figures outside the stated range (costs in years 1 and 2, the share at 18 months).
 * The IPS case has two guardrail findings (no decay over 5,5 years; no discounting over 7 years).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IPS_FILE, jsonOf, runCliInProcess } from './run-cli';

/** The part of `--follow-up --json` these tests read. */
interface FollowUpJson {
  followUp: {
    view: {
      ledgers: { id: string; forecastNpv: number; reprojectedNpv: number; reprojectedPayback: number | null }[];
      outside: number; basis: { date: string; intact: boolean };
    };
    section: { outsideSummary: string };
  };
}

const MENTOR = fileURLToPath(new URL('../../scenarios/opfoelgning-mentor.json', import.meta.url));

describe('--follow-up', () => {
  it('prints the follow-up section after the table: basis, ledgers, flagged deviations', async () => {
    const r = await runCliInProcess([MENTOR, '--follow-up']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/Opfølgning: prognose mod realiseret\nBeslutningsgrundlag fastfrosset 2025-01-15, SHA-256 [0-9a-f]{64}\./);
    expect(out).toMatch(/I alt\s+840\.000 kr\.\s+−76\.800 kr\.\s+2,83 år\s+ikke inden for horisonten/);
    expect(out).toContain('3 af 6 realiserede tal ligger uden for det spænd, casen angav.');
    expect(out).toMatch(/Udgift: Mentorforløb: Mentor\s+år 1\s+480\.000 kr\.\s+432\.000 kr\. – 528\.000 kr\.\s+400\.000 kr\.\s+⚠ Ja/);
    expect(out).toMatch(/Andel i målet: Mentorforløb: Job\s+12 mdr\.\s+40,0 %\s+35,0 % – 45,0 %\s+35,0 %\s+Nej/);
    // Without the flag the output has no follow-up section.
    expect((await runCliInProcess([MENTOR])).stdout).not.toContain('prognose mod realiseret');
  });

  it('--json carries the view (raw figures) and the worded section', async () => {
    const r = jsonOf<FollowUpJson>(await runCliInProcess([MENTOR, '--follow-up', '--json', '--lang', 'en']));
    const total = r.followUp.view.ledgers.find((l) => l.id === 'total')!;
    expect(total.forecastNpv).toBeCloseTo(840000, 6);
    expect(total.reprojectedNpv).toBeCloseTo(-76800, 6);
    expect(total.reprojectedPayback).toBeNull();
    expect(r.followUp.view.outside).toBe(3);
    expect(r.followUp.section.outsideSummary).toBe('3 of 6 realised figures lie outside the range the case stated.');
    expect(r.followUp.view.basis).toMatchObject({ date: '2025-01-15', intact: true });
  });

  it('--csv adds the follow-up as blocks after an empty line; each deviation row names its path', async () => {
    const r = await runCliInProcess([MENTOR, '--follow-up', '--csv']);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[1]!.split('\n')[0]).toBe('Kasse,"NPV, prognose","NPV, genberegnet","Tilbagebetaling, prognose","Tilbagebetaling, genberegnet"');
    const rows = blocks[2]!.split('\n');
    expect(rows).toHaveLength(7);
    expect(rows[3]).toMatch(/^targetGroups\[0\]\.interventions\[0\]\.costs\[0\],Udgift: Mentorforløb: Mentor,år 1,/);
    expect(rows[3]).toContain(',Ja,2025-12-31,');
  });

  it('says so when the file has no realised figures', async () => {
    expect((await runCliInProcess([IPS_FILE, '--follow-up'])).stdout).toContain('Opfølgning: filen har ingen realiserede tal (followUp).');
  });
});

describe('guardrails in the exports', () => {
  it('the table and JSON list the findings; with --csv they go to stderr so the CSV stays one table', async () => {
    const [table, json, csv] = await Promise.all([
      runCliInProcess([IPS_FILE]), runCliInProcess([IPS_FILE, '--json']), runCliInProcess([IPS_FILE, '--csv']),
    ]);
    expect(table.stdout).toContain('Advarsler (2):\n  Ingen aftagning over mange år: Målgruppe 1 › Indsats 1 › Effekt 1 › Aftagning (år 5,5; grænse i år 5)\n  Ingen diskontering over en budgetperiode: Indstillinger › Diskontering');
    expect(jsonOf<{ guardrails: { kind: string }[] }>(json).guardrails.map((f) => f.kind)).toEqual(['noDecayLongEffect', 'discountingOff']);
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(6); // the basis line, the header, the ledgers and Netto
    expect(csv.stderr.trimEnd().split('\n')).toEqual([
      'warning: Advarsler: Ingen aftagning over mange år: Målgruppe 1 › Indsats 1 › Effekt 1 › Aftagning (år 5,5; grænse i år 5)',
      'warning: Advarsler: Ingen diskontering over en budgetperiode: Indstillinger › Diskontering (horisont i år 7; grænse i år 4)',
    ]);
  });
});
