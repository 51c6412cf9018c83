import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleChecker } from './rule-checker';
import { checkPasswordRules } from './rules';

const pieces = [
	'a',
	'B',
	'7',
	'!',
	' ',
	'é',
	'e\u0301',
	'\u0301',
	'👍',
	'👨‍👩‍👧',
	'🇫🇷',
	'中',
	'\r\n',
	'mot'
];

/** An edit a learner can make: type at the end, delete, insert anywhere, paste over everything. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant('append' as const), text: fc.constantFrom(...pieces) }),
	fc.record({ kind: fc.constant('delete' as const), count: fc.integer({ min: 1, max: 3 }) }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.constantFrom(...pieces)
	}),
	fc.record({
		kind: fc.constant('paste' as const),
		parts: fc.array(fc.constantFrom(...pieces), { maxLength: 80 })
	})
);

type Edit =
	| { kind: 'append'; text: string }
	| { kind: 'delete'; count: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'paste'; parts: string[] };

function apply(value: string, step: Edit): string {
	switch (step.kind) {
		case 'append':
			return value + step.text;
		case 'delete':
			return value.slice(0, Math.max(0, value.length - step.count));
		case 'insert': {
			const at = value.length === 0 ? 0 : step.at % value.length;
			return value.slice(0, at) + step.text + value.slice(at);
		}
		default:
			return step.parts.join('');
	}
}

describe('RuleChecker', () => {
	it('gives exactly checkPasswordRules’ report after any sequence of edits (property)', () => {
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
				// Slices of one unit: a checkpoint at every certain boundary, all of them reused.
				const checker = new RuleChecker(1);
				let value = '';
				for (const step of edits) {
					value = apply(value, step);
					expect(checker.check(value)).toEqual(checkPasswordRules(value));
				}
			}),
			{ numRuns: 300, seed: 11112026 }
		);
	});

	it('drops a checkpoint whose next unit changed (a mark appended after a deletion)', () => {
		const checker = new RuleChecker(1);
		checker.check('Bonjour cd');
		checker.check('Bonjour');
		expect(checker.check('Bonjour\u0303')).toEqual(checkPasswordRules('Bonjour\u0303'));
		expect(checkPasswordRules('Bonjour\u0303').length).toBe(7);
	});

	it('slices a long paste, and a key typed after it rescans one slice only', () => {
		const checker = new RuleChecker(2048);
		const paste = 'Bonjour2024!é👍'.repeat(7143).slice(0, 100_000);
		let slices = 0;
		const steps = checker.steps(paste);
		let step = steps.next();
		while (!step.done) {
			slices += 1;
			step = steps.next();
		}
		expect(slices).toBeGreaterThan(40);
		expect(step.value).toEqual(checkPasswordRules(paste));
		let after = 0;
		const typed = checker.steps(`${paste}x`);
		while (!typed.next().done) after += 1;
		expect(after).toBeLessThanOrEqual(1);
		expect(checker.check(`${paste}x`)).toEqual(checkPasswordRules(`${paste}x`));
	});

	it('a run overtaken by a newer value stops and leaves the checker consistent', () => {
		const checker = new RuleChecker(16);
		const long = 'Ab1!'.repeat(200);
		const old = checker.steps(long);
		old.next();
		old.next();
		expect(checker.check('Court1!')).toEqual(checkPasswordRules('Court1!'));
		expect(old.next()).toEqual({ done: true, value: null });
		expect(checker.check(`${long}é`)).toEqual(checkPasswordRules(`${long}é`));
	});
});
