// The password capability's door: what routes and other features use. Pure TypeScript that must
// also run in Node without Vite (the quiz's grading, benches) imports `./rules` instead, because
// Node cannot load the `.svelte` files re-exported here.
export { default as PasswordGenerators } from './PasswordGenerators.svelte';
export { default as PasswordInput } from './PasswordInput.svelte';
export { formatBits } from './explain';
export { STATE_MARKS, stateWord, VERDICTS, verdictState } from './rule-view';
export { CNIL, checkPasswordRules, meetsCnilRule } from './rules';
export type { CharClass, CriterionId, PasswordRuleReport, VerdictId } from './rules';
