/**
 * What each undoable edit is called (the undo and redo buttons' titles), by the message key the
 * state records (src/state/edits/define-edit.ts), and the names new and copied items get.
 */
import type { EditKey, ItemNames } from '../../state/edits';
import type { EditLabel, Language } from '../../state';
import { useTexts, type Texts } from './use-texts';

export const EDIT_NAMES: Texts<Record<EditKey, string>> = {
  da: {
    setField: 'Ret felt', setDiscountMode: 'Skift diskontering', addDiscountBand: 'Tilføj rentebånd',
    deleteDiscountBand: 'Slet rentebånd', setDecayType: 'Skift aftagning', setValueType: 'Skift værdisætning',
    setLockIn: 'Slå fastholdelse til/fra', setRefund: 'Slå refusion til/fra',
    addIntervention: 'Tilføj indsats', duplicateIntervention: 'Kopiér indsats', moveIntervention: 'Flyt indsats',
    deleteIntervention: 'Slet indsats', addTargetGroup: 'Tilføj målgruppe', duplicateTargetGroup: 'Kopiér målgruppe',
    moveTargetGroup: 'Flyt målgruppe', deleteTargetGroup: 'Slet målgruppe', addCohort: 'Tilføj kohorte',
    deleteCohort: 'Slet kohorte', moveCohort: 'Flyt kohorte', setYearlyIntake: 'Årligt optag',
    addCostItem: 'Tilføj udgiftspost', duplicateCostItem: 'Kopiér udgiftspost', moveCostItem: 'Flyt udgiftspost',
    deleteCostItem: 'Slet udgiftspost', addOutcome: 'Tilføj effekt', duplicateOutcome: 'Kopiér effekt',
    moveOutcome: 'Flyt effekt', deleteOutcome: 'Slet effekt', addValueLine: 'Tilføj værdilinje',
    deleteValueLine: 'Slet værdilinje', applyTemplate: 'Tilføj indsats fra skabelon', addVariant: 'Lav variant',
    renameVariant: 'Omdøb variant', deleteVariant: 'Slet variant', setVariantValue: 'Ret variantens antagelse',
    addParameter: 'Tilføj parameter', renameParameter: 'Omdøb parameter', deleteParameter: 'Slet parameter', makeParameter: 'Gør til parameter',
    importFollowUp: 'Importér realiserede tal', freezeDecisionBasis: 'Frys beslutningsgrundlag',
    useBreakEvenValue: 'Brug nulpunktsværdi', renameDocument: 'Omdøb scenariet',
    addRealised: 'Tilføj realiseret tal', deleteRealised: 'Slet realiseret tal', addLever: 'Tilføj håndtag',
    removeLever: 'Fjern håndtag', setLeverRange: 'Ret håndtagets interval', saveLeversAsVariant: 'Gem håndtag som variant',
    addDefaultUncertainty: 'Tilføj standardusikkerhed',
  },
  en: {
    setField: 'Edit field', setDiscountMode: 'Change discounting', addDiscountBand: 'Add rate period',
    deleteDiscountBand: 'Delete rate period', setDecayType: 'Change decay', setValueType: 'Change valuation',
    setLockIn: 'Turn lock-in on/off', setRefund: 'Turn refund on/off',
    addIntervention: 'Add intervention', duplicateIntervention: 'Copy intervention', moveIntervention: 'Move intervention',
    deleteIntervention: 'Delete intervention', addTargetGroup: 'Add target group', duplicateTargetGroup: 'Copy target group',
    moveTargetGroup: 'Move target group', deleteTargetGroup: 'Delete target group', addCohort: 'Add cohort',
    deleteCohort: 'Delete cohort', moveCohort: 'Move cohort', setYearlyIntake: 'Yearly intake',
    addCostItem: 'Add cost item', duplicateCostItem: 'Copy cost item', moveCostItem: 'Move cost item',
    deleteCostItem: 'Delete cost item', addOutcome: 'Add outcome', duplicateOutcome: 'Copy outcome',
    moveOutcome: 'Move outcome', deleteOutcome: 'Delete outcome', addValueLine: 'Add value line',
    deleteValueLine: 'Delete value line', applyTemplate: 'Add intervention from template', addVariant: 'Make variant',
    renameVariant: 'Rename variant', deleteVariant: 'Delete variant', setVariantValue: 'Change the variant’s assumption',
    addParameter: 'Add parameter', renameParameter: 'Rename parameter', deleteParameter: 'Delete parameter', makeParameter: 'Make a parameter',
    importFollowUp: 'Import realised figures', freezeDecisionBasis: 'Freeze decision basis',
    useBreakEvenValue: 'Use break-even value', renameDocument: 'Rename the scenario',
    addRealised: 'Add realised figure', deleteRealised: 'Delete realised figure', addLever: 'Add lever',
    removeLever: 'Remove lever', setLeverRange: 'Change the lever’s range', saveLeversAsVariant: 'Save levers as a variant',
    addDefaultUncertainty: 'Add default uncertainty',
  },
};

export const ITEM_NAMES: Texts<ItemNames> = {
  da: {
    targetGroup: 'Ny målgruppe', intervention: 'Ny indsats', cost: 'Ny udgift', outcome: 'Ny effekt', participants: 'Deltagere',
    intakeYear: (year) => `Optag år ${year}`, copy: (label) => `${label} (kopi)`, variant: (n) => `Variant ${n}`, language: 'da',
  },
  en: {
    targetGroup: 'New target group', intervention: 'New intervention', cost: 'New cost', outcome: 'New outcome', participants: 'Participants',
    intakeYear: (year) => `Intake year ${year}`, copy: (label) => `${label} (copy)`, variant: (n) => `Variant ${n}`, language: 'en',
  },
};

/** »Ret felt: Beløb (kr.)«; an edit the table does not know (a test's own key) is »unnamed«. */
export function editName(label: EditLabel, language: Language, unnamed: string): string {
  const name = (EDIT_NAMES[language] as Record<string, string>)[label.key] ?? unnamed;
  return label.detail ? `${name}: ${label.detail}` : name;
}

export function useItemNames(): ItemNames {
  return useTexts(ITEM_NAMES);
}
