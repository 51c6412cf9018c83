export {
	CLASS_SIZES,
	CNIL,
	checkPasswordRules,
	classifyGrapheme,
	graphemeLength,
	forEachGraphemeStart,
	graphemes,
	meetsCnilRule,
	normalizePassword,
	policyEntropyBits
} from './rules';
export type { CharClass, CriterionId, PasswordRuleReport, VerdictId } from './rules';
