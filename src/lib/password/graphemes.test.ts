import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes, isSimpleUnit } from './graphemes';

const FAMILY = '👨‍👩‍👧'; // 1 grapheme, 5 code points, 8 UTF-16 units
const segmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });
const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

describe('graphemes — fast path and chunking agree with Intl.Segmenter', () => {
	it('every SIMPLE code unit is its own grapheme in every context (exhaustive)', () => {
		const contexts = (c: string) => [
			`❤\u200d${c}`, // c must not be Extended_Pictographic
			`${c}a`, // c must not be Prepend
			`a${c}`, // c must not be Extend / ZWJ / SpacingMark
			`🇫${c}`, // nor Regional_Indicator
			`\u1100${c}`, // nor Hangul V/T/LV/LVT
			`${c}\u1161`, // nor Hangul L
			`\r${c}`, // nor LF
			`क्${c}` // nor an Indic conjunct consonant
		];
		let checked = 0;
		for (let code = 0; code <= 0xffff; code++) {
			const c = String.fromCharCode(code);
			if (!isSimpleUnit(c, 0)) continue;
			for (const text of contexts(c)) {
				const parts = reference(text);
				expect(parts.at(text.startsWith(c) ? 0 : -1), `U+${code.toString(16)} in ${text}`).toBe(c);
			}
			checked += 1;
		}
		expect(checked).toBe(769); // the SIMPLE ranges, all verified
	});

	it('matches Intl.Segmenter on tricky strings longer than a chunk', () => {
		const pieces = ['é', 'e\u0301', FAMILY, '🇫🇷', 'a', '\r\n', 'q\u0303\u0304', ' ', '\u0600', '1'];
		const text = Array.from({ length: 3000 }, (_, i) => pieces[(i * 7) % pieces.length]).join('');
		expect(graphemes(text)).toEqual(reference(text));
		const marks = 'a' + '\u0301'.repeat(3000) + 'b';
		expect(graphemes(marks)).toEqual(reference(marks));
	});

	it('matches Intl.Segmenter on arbitrary strings (property)', () => {
		const tricky = fc.constantFrom(
			'a',
			'Z',
			'é',
			'\u0301',
			'\u200d',
			'❤',
			'👨',
			'🇫',
			'🇷',
			'\r',
			'\n',
			'\u0600',
			'\u1100',
			'\u1161',
			'\uac00',
			'क',
			'्',
			' ',
			'\ud83d',
			'©'
		);
		fc.assert(
			fc.property(
				fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 3 })), {
					maxLength: 1500
				}),
				(parts) => {
					const text = parts.join('');
					expect(graphemes(text)).toEqual(reference(text));
				}
			),
			{ numRuns: 150, seed: 20220721 }
		);
	});
});
