import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {clusterTextWidth} from '../../source/layout/cluster-width.js';

describe('clusterTextWidth', () => {
	it.each([
		['wide CJK', '中文字'],
		['fullwidth forms', 'ＡＢＣｶﾞ'],
		['emoji', '👍🏽👨‍👩‍👧‍👦🇷🇺'],
		['keycap and text-style emoji', '1⃣#️⃣©\uFE0F'],
		['Hangul jamo', '\u1100\u1161\u11A8\u1100\u1100\u1161'],
		['combining marks', 'и\u0306е\u0308a\u0301\u20DD'],
		['zero-width and format characters', 'a\u200Bb\u2060c\uFEFFd\u00AD'],
		['Devanagari with spacing marks', 'नमस्ते'],
		['Thai', 'ภาษาไทย'],
	])('agrees with string-width on %s', (_what, text) => {
		expect(clusterTextWidth(text)).toBe(stringWidth(text, {countAnsiEscapeCodes: true}));
	});
});
