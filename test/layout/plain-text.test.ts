import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {russianLikeParagraphs} from '../../source/bench/russian-like-text.js';
import {wrapPlainText} from '../../source/layout/plain-text.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();

describe('wrapPlainText', () => {
	it('wraps one paragraph into rows with the reader\'s typography', () => {
		expect(wrapPlainText('По словам А. С. Петрова, выручка выросла на 20 % — до $2,5 млрд.', 24)).toEqual([
			'По словам А. С. Петрова,',
			'выручка выросла',
			'на 20 % — до $2,5 млрд.',
		]);
	});

	it('hyphenates only when asked', () => {
		const text = 'Правительство одобрило государственную программу импортозамещения оборудования';
		expect(wrapPlainText(text, 30).some(row => row.endsWith('-'))).toBe(false);
		expect(wrapPlainText(text, 30, {hyphenator})[0]).toBe('Правительство одобрило госу-');
	});

	it('keeps rows within the width and loses no word', () => {
		for (const paragraph of russianLikeParagraphs(20_000, 3)) {
			for (const width of [20, 60]) {
				const rows = wrapPlainText(paragraph, width, {hyphenator});
				expect(rows.every(row => stringWidth(row) <= width)).toBe(true);
				// Rows differ from the text only by break spaces and inserted hyphens.
				expect(rows.join('').replaceAll(/[\s-]/g, '')).toBe(paragraph.replaceAll(/[\s-]/g, ''));
			}
		}
	});

	it('gives no rows for empty text', () => {
		expect(wrapPlainText('', 40)).toEqual([]);
		expect(wrapPlainText('   ', 40)).toEqual([]);
	});
});
