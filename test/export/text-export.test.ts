import {describe, expect, it} from 'vitest';
import type {Issue} from '../../source/archive/issue.js';
import {exportText} from '../../source/export/text-export.js';
import {wrapPlainText} from '../../source/layout/plain-text.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();

const wrap = (text: string, width: number) => wrapPlainText(text, width);
const wrapHyphenating = (text: string, width: number) => wrapPlainText(text, width, {hyphenator});

const issue: Issue = {
	id: '2026-01-01-x', title: 'Заголовок выпуска', date: '2026-01-01', source: 'x.txt', format: 'page-dump',
	story: [
		{type: 'paragraph', text: 'Первый абзац истории, довольно длинный, чтобы его перенести.'},
		{type: 'heading', text: 'Что случилось?'},
		{type: 'list', ordered: false, items: [{text: 'раз'}, {text: 'два'}]},
		{type: 'list', ordered: true, start: 9, items: [{text: 'девятый'}, {text: 'десятый'}]},
		{type: 'quote', text: 'Цитата.'},
		{type: 'footnote', text: '* признан в РФ иноагентом'},
	],
	teasers: [{title: 'Другой выпуск', summary: 'О нем.', id: null}],
	notices: ['18+'],
};

describe('exportText', () => {
	it('prints the title, then the blocks separated by blank lines, without wrapping', () => {
		expect(exportText(issue)).toBe([
			'Заголовок выпуска',
			'',
			'Первый абзац истории, довольно длинный, чтобы его перенести.',
			'',
			'Что случилось?',
			'',
			'• раз',
			'• два',
			'',
			' 9. девятый',
			'10. десятый',
			'',
			'> Цитата.',
			'',
			'* признан в РФ иноагентом',
			'',
		].join('\n'));
	});

	it('adds teasers and notices with full', () => {
		expect(exportText(issue, {full: true})).toMatch(/\* \* \*\n\nДругой выпуск\nО нем\.\n\n\* \* \*\n\n18\+\n$/u);
	});

	it('wraps with the reader\'s line breaker: no short preposition left at a row end, numbers kept with units', () => {
		const story: Issue = {...issue, title: 'Т', story: [{type: 'paragraph', text: 'Компания заплатила 15 тыс. рублей в Москве и уехала в Казань'}]};
		const rows = exportText(story, {width: 24, wrap}).trimEnd().split('\n').slice(2);
		expect(rows.join(' ')).toBe('Компания заплатила 15 тыс. рублей в Москве и уехала в Казань');
		for (const row of rows) {
			expect(row.length).toBeLessThanOrEqual(24);
			expect(row).not.toMatch(/ (?:в|и)$/u);
			expect(row).not.toMatch(/^(?:тыс\.|рублей)/u);
		}
	});

	it('hyphenates long words only when asked', () => {
		const story: Issue = {...issue, title: 'Т', story: [{type: 'paragraph', text: 'Высокотехнологичные производственные предприятия'}]};
		expect(exportText(story, {width: 16, wrap}).split('\n').some(row => row.endsWith('-'))).toBe(false);
		expect(exportText(story, {width: 16, wrap: wrapHyphenating}).split('\n').some(row => /\p{L}-$/u.test(row))).toBe(true);
	});

	it('wraps at the width with a hanging indent for list items', () => {
		const narrow: Issue = {...issue, story: [{type: 'list', ordered: false, items: [{text: 'очень длинный пункт списка'}]}]};
		expect(exportText(narrow, {width: 12, wrap})).toBe('Заголовок\nвыпуска\n\n• очень\n  длинный\n  пункт\n  списка\n');
	});
});
