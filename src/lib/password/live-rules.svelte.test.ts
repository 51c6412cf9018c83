import { describe, expect, it } from 'vitest';
import { LiveRules } from './live-rules.svelte';
import { checkPasswordRules } from './rules';

const PASTE = 'Bonjour2024!é👍'.repeat(7143).slice(0, 100_000);

describe('LiveRules', () => {
	it('checks a key at once, exactly', () => {
		const rules = new LiveRules();
		rules.update('Bonjour2024!');
		expect(rules.pending).toBe(false);
		expect(rules.report).toEqual(checkPasswordRules('Bonjour2024!'));
	});

	it('moves a 100,000-character paste out of the input’s task, then is exact on all of it', async () => {
		const rules = new LiveRules();
		rules.update('abc');
		rules.update(PASTE);
		expect(rules.pending).toBe(true); // nothing scanned in the input's own task
		expect(rules.report.length).toBe(3); // the previous verdict until the new one is known
		await expect.poll(() => rules.pending, { timeout: 20_000 }).toBe(false);
		expect(rules.report).toEqual(checkPasswordRules(PASTE));

		// A key after the paste costs one slice, in the same task.
		rules.update(`${PASTE}x`);
		expect(rules.pending).toBe(false);
		expect(rules.report).toEqual(checkPasswordRules(`${PASTE}x`));
	});

	it('a newer value wins over a paste still being checked', async () => {
		const rules = new LiveRules();
		rules.update(PASTE);
		rules.update('Court');
		expect(rules.pending).toBe(false);
		expect(rules.report.length).toBe(5);
		await new Promise((done) => setTimeout(done, 100));
		expect(rules.report.length).toBe(5);
		rules.dispose();
	});
});
