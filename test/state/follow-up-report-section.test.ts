/**
 * The follow-up section the printed report renders (selectFollowUpReportSection): worded in the
 * app's language, null without realised figures. Figures of scenarios/opfoelgning-mentor.json as
 * worked by hand in test/golden/opfoelgning-mentor.test.ts (840.000 → −76.800 kr.; 3 of 6 flagged).
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state';
import { selectFollowUpReportSection } from '../../src/state/selectors/follow-up';
import { EXAMPLES } from '../../src/state/examples';

const mentor = EXAMPLES.find((e) => e.id === 'opfoelgning-mentor')!;

describe('the follow-up section for the printed report', () => {
  it('is worded and formatted in the app language', () => {
    const store = createAppStore(mentor);
    const da = selectFollowUpReportSection(store.getState())!;
    expect(da.heading).toBe('Opfølgning: prognose mod realiseret');
    expect(da.basis).toMatch(/^Beslutningsgrundlag fastfrosset 2025-01-15, SHA-256 [0-9a-f]{64}\.$/);
    expect(da.ledgerRows.at(-1)).toEqual(['I alt', '840.000 kr.', '−76.800 kr.', '2,83 år', 'ikke inden for horisonten']);
    expect(da.deviationRows.filter((r) => r.outside).map((r) => r.cells[1])).toEqual(['år 1', 'år 2', '18 mdr.']);
    store.getState().setLanguage('en');
    const en = selectFollowUpReportSection(store.getState())!;
    expect(en.ledgerRows.at(-1)![0]).toBe('Total');
    expect(en.outsideSummary).toBe('3 of 6 realised figures lie outside the range the case stated.');
  });

  it('is null for a case without realised figures', () => {
    expect(selectFollowUpReportSection(createAppStore().getState())).toBeNull();
  });
});
