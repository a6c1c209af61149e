/** The editor's list edits at every level: add, duplicate, move and delete, pure and with unique ids. */
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../src/io/load-scenario';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import {
  addCohort, addCostItem, addIntervention, addOutcome, addTargetGroup, addValueLine, deleteCohort, deleteCostItem, deleteIntervention,
  deleteOutcome, deleteTargetGroup, deleteValueLine, duplicateCostItem, duplicateIntervention, duplicateOutcome, duplicateTargetGroup,
  moveCostItem, moveIntervention, moveOutcome, moveTargetGroup, setField, setYearlyIntake,
} from '../../src/state/edits';
import { IPS_EXAMPLE } from '../../src/state/examples';
import { EDIT_NAMES, ITEM_NAMES } from '../../src/ui/i18n/edit-names';

const names = ITEM_NAMES.da;

function ips(): ScenarioFile {
  const loaded = parseScenarioJson(IPS_EXAMPLE.json);
  if (!loaded.ok) throw new Error('the IPS example does not load');
  return loaded.value.scenario;
}

describe('target groups', () => {
  it('adds a group with an id of its own and one cohort of 100, leaving the original scenario as it was', () => {
    const before = ips();
    const after = addTargetGroup(before, names);
    expect(before.targetGroups).toHaveLength(1);
    expect(after.targetGroups.map((g) => g.id)).toEqual(['psykisk-syge', 'maalgruppe']);
    expect(after.targetGroups[1]!.cohorts).toEqual([{ count: 100, startMonth: 0 }]);
    expect(addTargetGroup(after, names).targetGroups[2]!.id).toBe('maalgruppe-2');
  });

  it('duplicates a group after itself with new ids for the group and its interventions', () => {
    const after = duplicateTargetGroup(ips(), names, 0);
    expect(after.targetGroups.map((g) => g.id)).toEqual(['psykisk-syge', 'psykisk-syge-2']);
    expect(after.targetGroups[1]!.label).toBe('Personer med svær psykisk lidelse (kopi)');
    expect(after.targetGroups[1]!.interventions[0]!.id).toBe('ips-2');
    expect(after.targetGroups[1]!.interventions[0]!.costs).toEqual(after.targetGroups[0]!.interventions[0]!.costs);
  });

  it('moves a group down and back up, and ignores a move past either end', () => {
    const two = addTargetGroup(ips(), names);
    const down = moveTargetGroup(two, 0, 1);
    expect(down.targetGroups.map((g) => g.id)).toEqual(['maalgruppe', 'psykisk-syge']);
    expect(moveTargetGroup(down, 1, -1).targetGroups.map((g) => g.id)).toEqual(['psykisk-syge', 'maalgruppe']);
    expect(moveTargetGroup(two, 1, 1)).toBe(two);
  });

  it('deletes a group', () => {
    expect(deleteTargetGroup(addTargetGroup(ips(), names), 0).targetGroups.map((g) => g.id)).toEqual(['maalgruppe']);
  });
});

describe('cohorts', () => {
  it('adds a cohort a year after the last one, of the same size, and deletes it again', () => {
    const added = addCohort(ips(), 0);
    expect(added.targetGroups[0]!.cohorts[1]).toEqual({ count: 1, startMonth: 12 });
    expect(deleteCohort(added, 0, 0).targetGroups[0]!.cohorts).toEqual([{ count: 1, startMonth: 12 }]);
  });

  it('generates a yearly intake: 40 a year for 3 years from month 6 gives cohorts in months 6, 18 and 30', () => {
    const cohorts = setYearlyIntake(ips(), names, 0, 40, 3, 6).targetGroups[0]!.cohorts;
    expect(cohorts.map((c) => [c.count, c.startMonth])).toEqual([[40, 6], [40, 18], [40, 30]]);
    expect(cohorts.map((c) => c.label)).toEqual(['Optag år 1', 'Optag år 2', 'Optag år 3']);
  });

  it('refuses a yearly intake of no years', () => {
    const s = ips();
    expect(setYearlyIntake(s, names, 0, 40, 0)).toBe(s);
  });
});

describe('interventions', () => {
  it('adds, duplicates, moves and deletes interventions, keeping ids unique in the scenario', () => {
    let s = addIntervention(ips(), names, 0);
    expect(s.targetGroups[0]!.interventions.map((iv) => iv.id)).toEqual(['ips', 'indsats']);
    s = duplicateIntervention(s, names, 0, 0);
    expect(s.targetGroups[0]!.interventions.map((iv) => iv.id)).toEqual(['ips', 'ips-2', 'indsats']);
    s = moveIntervention(s, 0, 2, -2);
    expect(s.targetGroups[0]!.interventions.map((iv) => iv.id)).toEqual(['indsats', 'ips', 'ips-2']);
    s = deleteIntervention(s, 0, 1);
    expect(s.targetGroups[0]!.interventions.map((iv) => iv.id)).toEqual(['indsats', 'ips-2']);
  });
});

describe('cost items, outcomes and value lines', () => {
  it('adds a cost item paid by the kommune, duplicates it, moves it and deletes it', () => {
    let s = addCostItem(ips(), names, [0, 0]);
    const costs = () => s.targetGroups[0]!.interventions[0]!.costs;
    expect(costs()[1]).toMatchObject({ label: 'Ny udgift', amount: 0, payer: { ledger: 'kommune' }, basis: 'perParticipantPerYear' });
    s = duplicateCostItem(s, names, [0, 0], 0);
    expect(costs().map((c) => c.label)).toEqual(['IPS-forløb', 'IPS-forløb (kopi)', 'Ny udgift']);
    s = moveCostItem(s, [0, 0], 2, -1);
    expect(costs().map((c) => c.label)).toEqual(['IPS-forløb', 'Ny udgift', 'IPS-forløb (kopi)']);
    s = deleteCostItem(s, [0, 0], 0);
    expect(costs().map((c) => c.label)).toEqual(['Ny udgift', 'IPS-forløb (kopi)']);
  });

  it('adds, duplicates, moves and deletes outcomes', () => {
    let s = addOutcome(ips(), names, [0, 0]);
    const outcomes = () => s.targetGroups[0]!.interventions[0]!.outcomes.map((o) => o.label);
    expect(outcomes()).toEqual(['Tilbage på arbejdsmarkedet', 'Ny effekt']);
    s = duplicateOutcome(s, names, [0, 0], 1);
    s = moveOutcome(s, [0, 0], 0, 1);
    expect(outcomes()).toEqual(['Ny effekt', 'Tilbage på arbejdsmarkedet', 'Ny effekt (kopi)']);
    s = deleteOutcome(s, [0, 0], 1);
    expect(outcomes()).toEqual(['Ny effekt', 'Ny effekt (kopi)']);
  });

  it('adds and deletes direct value lines of an outcome', () => {
    const added = addValueLine(ips(), [0, 0], 0, 'stat');
    const lines = (s: ScenarioFile) => { const v = s.targetGroups[0]!.interventions[0]!.outcomes[0]!.value; return v.type === 'direct' ? v.perPersonYear : []; };
    expect(lines(added).map((l) => l.ledger)).toEqual(['kommune', 'region', 'stat', 'stat']);
    expect(lines(deleteValueLine(added, [0, 0], 0, 0)).map((l) => l.ledger)).toEqual(['region', 'stat', 'stat']);
  });
});

describe('fields', () => {
  it('sets a field by its path and removes an optional one with undefined, without touching the original', () => {
    const before = ips();
    const set = setField(before, ['settings', 'firstYear'], 2027);
    expect(set.settings.firstYear).toBe(2027);
    expect(before.settings.firstYear).toBeUndefined();
    expect('firstYear' in setField(set, ['settings', 'firstYear'], undefined).settings).toBe(false);
  });

  it('gives every edit a Danish label for the undo history', () => {
    expect(setField.key).toBe('setField');
    expect(EDIT_NAMES.da[setField.key]).toBe('Ret felt');
    expect(EDIT_NAMES.en[setField.key]).toBe('Edit field');
    expect(EDIT_NAMES.da[duplicateTargetGroup.key]).toBe('Kopiér målgruppe');
    expect(EDIT_NAMES.da[deleteCostItem.key]).toBe('Slet udgiftspost');
  });
});
