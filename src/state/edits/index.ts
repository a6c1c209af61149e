/** The editor's named, pure edits of a scenario (each `(scenario, …args) => scenario` with a message key). */
export { defineEdit, uniqueName, EDIT_KEYS, type Edit, type EditKey } from './define-edit';
export type { ItemNames } from './item-names';
export { getAt, pathKey, type FieldPath } from './paths';
export { renameInExpression } from './expressions';
export {
  addDiscountBand, deleteDiscountBand, setDecayType, setDiscountMode, setField, setLockIn, setRefund, setValueType,
  type DecayType, type DiscountMode,
} from './field-edits';
export { addParameter, deleteParameter, fieldUnit, makeParameter, parameterNameFrom, renameParameter } from './parameter-edits';
export { addDefaultUncertainty, applyDefaultUncertainty, DEFAULT_UNCERTAIN_COUNT, defaultUncertaintyTargets } from './default-uncertainty';
export {
  addCohort, addTargetGroup, deleteCohort, deleteTargetGroup, duplicateTargetGroup, moveCohort, moveTargetGroup, setYearlyIntake,
} from './group-edits';
export { addIntervention, deleteIntervention, duplicateIntervention, interventionIds, moveIntervention } from './intervention-edits';
export {
  addCostItem, addOutcome, addValueLine, deleteCostItem, deleteOutcome, deleteValueLine, duplicateCostItem, duplicateOutcome,
  moveCostItem, moveOutcome,
} from './item-edits';
export { applyTemplate, availableTemplates, type InterventionTemplate, type TemplateChoice } from './template-edits';
export { newScenarioFromTemplate, openNewCaseFromTemplate } from './new-scenario';
export { problemsOfEdit, schemaErrors, selectEditorErrors } from './validation';
export { addRealised, deleteRealised, type RealisedKind } from './follow-up-edits';
