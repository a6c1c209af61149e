import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followUpTemplateCsv, parseDanishNumber, parseFollowUpCsv } from '../../src/io/follow-up-csv';
import { canonicalJson, freezeDecisionBasis, verifyDecisionBasis } from '../../src/io/decision-basis';
import { parseScenarioText } from '../../src/io/load-scenario';

const text = readFileSync(new URL('../../scenarios/opfoelgning-mentor.json', import.meta.url), 'utf8');
const loaded = parseScenarioText(text);
if (!loaded.ok) throw new Error('example does not load');
const scenario = loaded.value.scenario;

describe('follow-up CSV (Danish Excel dialect)', () => {
  it('reads Danish numbers', () => {
    expect(parseDanishNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseDanishNumber('0,45')).toBe(0.45);
    expect(parseDanishNumber('33 %')).toBeCloseTo(0.33, 12);
    expect(parseDanishNumber('1,234.5')).toBeNull();
  });

  it('accepts the template it offers: every row empty, so nothing realised yet', () => {
    const template = followUpTemplateCsv(scenario);
    expect(template.startsWith('\uFEFFtype;sti;betegnelse;år;måneder;værdi;dato;kilde;note\r\n')).toBe(true);
    expect(parseFollowUpCsv(template, scenario)).toEqual({ ok: true, value: {} });
  });

  it('accepts the filled template: the example file\'s realised figures', () => {
    const rows = followUpTemplateCsv(scenario).split('\r\n');
    const fill = (prefix: string, value: string, date = '31-12-2025') => {
      const at = rows.findIndex((r) => r.startsWith(prefix));
      const cells = rows[at]!.split(';');
      cells[5] = value; cells[6] = date; cells[7] = '"Regnskab; udtræk"';
      rows[at] = cells.join(';');
    };
    fill('deltagere;targetGroups[0].cohorts[0];', '16');
    fill('deltagere;targetGroups[0].cohorts[1];', '22');
    fill('udgift;targetGroups[0].interventions[0].costs[0];Mentorforløb: Mentor;1;', '400.000');
    fill('udgift;targetGroups[0].interventions[0].costs[0];Mentorforløb: Mentor;2;', '560.000,00');
    fill('andel;targetGroups[0].interventions[0].outcomes[0];Mentorforløb: Job;;18;', '0,33', '2026-07-31');
    const parsed = parseFollowUpCsv(rows.join('\r\n'), scenario);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.participants!.map((p) => p.count)).toEqual([16, 22]);
    expect(parsed.value.costs).toEqual([
      expect.objectContaining({ year: 1, amount: 400000, date: '2025-12-31', source: 'Regnskab; udtræk' }),
      expect.objectContaining({ year: 2, amount: 560000 }),
    ]);
    expect(parsed.value.outcomes).toEqual([expect.objectContaining({ monthsAfterStart: 18, share: 0.33, date: '2026-07-31' })]);
  });

  it('refuses malformed CSV with line and column', () => {
    const header = 'type;sti;betegnelse;år;måneder;værdi;dato;kilde;note';
    const bad = (row: string) => parseFollowUpCsv(`${header}\n${row}\n`, scenario);
    expect(bad('udgift;targetGroups[0].interventions[0].costs[0];;1;;400.000.0;;;')).toEqual({ ok: false, errors: [expect.objectContaining({ line: 2, column: 6 })] });
    expect(bad('udgift;targetGroups[0].interventions[0].costs[0];;nul;;400;;;')).toEqual({ ok: false, errors: [expect.objectContaining({ line: 2, column: 4 })] });
    expect(bad('andel;targetGroups[0].interventions[0].outcomes[3];;;12;0,3;;;')).toEqual({ ok: false, errors: [expect.objectContaining({ line: 2, column: 2 })] });
    expect(bad('deltagere;targetGroups[0].cohorts[0];;;;16;32-13-2025;;')).toEqual({ ok: false, errors: [expect.objectContaining({ line: 2, column: 7 })] });
    expect(bad('deltagere;"targetGroups[0].cohorts[0];;;;16;;;')).toEqual({ ok: false, errors: [expect.objectContaining({ line: 2, column: 2, message: 'a quoted field is not closed' })] });
    expect(parseFollowUpCsv('type,sti,værdi\n', scenario)).toEqual({ ok: false, errors: [expect.objectContaining({ line: 1, column: 1 })] });
  });
});

describe('decision basis', () => {
  it('the example\'s snapshot is intact, and any change to it breaks the hash', () => {
    const basis = scenario.decisionBasis!;
    expect(verifyDecisionBasis(basis)).toBe(true);
    const changed = structuredClone(basis);
    (changed.scenario.settings as { horizonYears: number }).horizonYears = 5;
    expect(verifyDecisionBasis(changed)).toBe(false);
  });

  it('freezes without follow-up and variants, key order irrelevant', () => {
    const a = freezeDecisionBasis({ b: 1, a: { y: 2, x: 1 }, followUp: {}, variants: [] }, '2025-01-15');
    const b = freezeDecisionBasis({ a: { x: 1, y: 2 }, b: 1 }, '2025-01-15');
    expect(a.sha256).toBe(b.sha256);
    expect(canonicalJson(a.scenario)).toBe('{"a":{"x":1,"y":2},"b":1}');
  });
});

describe('sha256', () => {
  it('matches Node\'s crypto on ASCII, Danish letters, emoji and block edges', async () => {
    const { createHash } = await import('node:crypto');
    const { sha256Hex } = await import('../../src/io/sha256');
    for (const s of ['', 'abc', 'æøå'.repeat(50), '🙂 kr.', 'x'.repeat(55), 'x'.repeat(64)]) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
    }
  });
});
