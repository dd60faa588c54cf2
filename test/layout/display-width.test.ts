import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {displayWidth, graphemeEnds, isFastRange} from '../../source/layout/display-width.js';

describe('displayWidth', () => {
	it('counts Cyrillic, Latin and punctuation one column each', () => {
		expect(displayWidth('Привет, world — «ёлка» № 5…')).toBe(27);
	});

	it('counts a combining mark as part of its letter', () => {
		// и + combining breve is й; а + combining acute is an accented а.
		expect(displayWidth('и\u0306ти')).toBe(3);
		expect(displayWidth('за\u0301мок')).toBe(5);
	});

	it('counts wide East Asian characters and emoji as two columns', () => {
		expect(displayWidth('日本')).toBe(4);
		expect(displayWidth('a😀b')).toBe(4);
		// A ZWJ family is one grapheme of two columns.
		expect(displayWidth('👨\u200D👩\u200D👧')).toBe(2);
		expect(displayWidth('©\uFE0F')).toBe(stringWidth('©\uFE0F'));
	});

	it('gives zero columns to zero-width characters and soft hyphens', () => {
		expect(displayWidth('пере\u00ADнос')).toBe(7);
		expect(displayWidth('a\u200Bb\u2060c\uFEFF')).toBe(3);
	});

	it('measures a slice', () => {
		expect(displayWidth('ab日本cd', 1, 4)).toBe(5);
	});

	it('agrees with string-width on mixed text', () => {
		const samples = ['Москва 日本 😀 e\u0301 👍🏽 ok', 'ﾊﾝｶｸ', '\u0301начало', 'x\u0308y\u0308'];
		for (const sample of samples) {
			expect(displayWidth(sample)).toBe(stringWidth(sample));
		}
	});
});

describe('graphemeEnds', () => {
	it('cuts Cyrillic at every character', () => {
		expect(graphemeEnds('слово', 1, 4).map(end => end.end)).toEqual([2, 3, 4]);
		expect(isFastRange('слово', 0, 5)).toBe(true);
	});

	it('never cuts between a letter and its combining mark or inside an emoji sequence', () => {
		const text = 'и\u0306👨\u200D👩x';
		expect(isFastRange(text, 0, text.length)).toBe(false);
		expect(graphemeEnds(text, 0, text.length)).toEqual([
			{end: 2, width: 1},
			{end: 7, width: 2},
			{end: 8, width: 1},
		]);
	});
});
