import { globalConfig } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { z } from './zod';

describe('the browser’s zod', () => {
	it('is jitless once imported, so no validator is compiled with new Function', () => {
		expect(globalConfig.jitless).toBe(true);
	});

	it('validates as zod/mini does', () => {
		const schema = z.object({ slug: z.string().check(z.minLength(1)) });
		expect(schema.safeParse({ slug: 'a' }).success).toBe(true);
		expect(schema.safeParse({ slug: '' }).success).toBe(false);
	});
});
