import {describe, expect, it} from 'vitest';
import type {Block} from '../../source/archive/issue.js';
import {layoutBlocks, layoutIssue, type Line} from '../../source/layout/layout.js';
import {sampleStory} from './fixtures/sample-story.js';
import {layoutProblems, ruleProblems} from './layout-checks.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();

function rowText(line: Line): string {
	return line.spans.map(span => span.text).join('');
}

describe('layoutBlocks', () => {
	const lines = layoutBlocks(sampleStory, {width: 40});

	it('keeps every row within the width and shows the story exactly', () => {
		expect(layoutProblems(lines, sampleStory, 40)).toEqual([]);
		expect(ruleProblems(lines, sampleStory, 40)).toEqual([]);
	});

	it('puts one blank row between blocks, anchored at the next block', () => {
		const blanks = lines.filter(line => line.kind === 'blank');
		expect(blanks).toHaveLength(sampleStory.length - 1);
		for (const blank of blanks) {
			expect(blank).toMatchObject({spans: [], width: 0, block: -1});
			const next = lines[lines.indexOf(blank) + 1]!;
			expect(blank.anchor).toEqual(next.anchor);
			expect(next.block).toBe(blank.anchor.block);
		}

		expect(lines[0]!.kind).toBe('text');
		expect(lines.at(-1)!.kind).toBe('text');
	});

	it('styles heading rows as headings', () => {
		const heading = lines.filter(line => line.block === 4);
		expect(heading.map(rowText)).toEqual(['«Мы не сдадимся»: как верфь ищет новых', 'заказчиков в Азии и на Ближнем Востоке']);
		expect(heading.every(line => line.spans.every(span => span.styles.includes('heading')))).toBe(true);
	});

	it('gives list items a marker and a hanging indent', () => {
		const bullets = lines.filter(line => line.block === 5).map(rowText);
		expect(bullets).toEqual([
			'• Продать 15 % акций фонду № 5',
			'  до 1 декабря;',
			'• сократить расходы на 1 500 000 рублей',
			'  в месяц, т. е. на треть;',
			'• перевести производство в Санкт-',
			'  Петербург.',
		]);
		const numbered = lines.filter(line => line.block === 6);
		expect(numbered.map(rowText)).toEqual([
			' 9. Согласно § 3 устава решение',
			'    принимает совет.',
			'10. Акционеры получат дивиденды',
			'    не раньше 2026 г.',
			'11. Сделку одобрил регулятор (ФАС)',
			'    в пятницу.',
		]);
		expect(numbered[0]!.spans[0]).toEqual({text: ' 9. ', styles: ['marker']});
		expect(numbered[1]!.spans[0]).toEqual({text: '    ', styles: ['marker']});
	});

	it('anchors list rows in the items joined by line feeds', () => {
		const items = sampleStory[6]!.type === 'list' ? sampleStory[6]!.items : [];
		const secondItem = items[0]!.text.length + 1;
		const row = lines.find(line => line.block === 6 && line.anchor.offset === secondItem);
		expect(row === undefined ? '' : rowText(row)).toBe('10. Акционеры получат дивиденды');
	});

	it('draws a quote bar on every quote row', () => {
		const quote = lines.filter(line => line.block === 7);
		expect(quote.length).toBeGreaterThan(1);
		for (const line of quote) {
			expect(line.spans[0]).toEqual({text: '│ ', styles: ['quote', 'marker']});
			expect(line.spans.every(span => span.styles.includes('quote'))).toBe(true);
		}
	});

	it('styles footnotes and turns marks into span styles', () => {
		expect(lines.filter(line => line.block === 9).every(line => line.spans.every(span => span.styles.includes('footnote')))).toBe(true);
		const spans = lines.flatMap(line => line.spans);
		expect(spans.filter(span => span.styles.includes('bold')).map(span => span.text)).toEqual(['«Северной', 'верфи»', 'сократить']);
		expect(spans.find(span => span.styles.includes('link'))).toEqual({text: 'северо-западный филиал', styles: ['link'], href: 'https://example.com/rostov'});
		expect(spans.find(span => span.styles.includes('code'))).toEqual({text: 'рынок судостроения', styles: ['quote', 'code']});
		expect(spans.find(span => span.styles.includes('italic'))?.text).toBe('Выручка');
	});

	it('continues a mark across a hyphenated break and styles the hyphen like its word', () => {
		const blocks: Block[] = [{type: 'paragraph', text: 'Правительство одобрило государственную программу импортозамещения оборудования', marks: [{start: 23, end: 38, kind: 'bold'}]}];
		const hyphenated = layoutBlocks(blocks, {width: 30, hyphenator});
		expect(hyphenated.map(rowText)).toEqual(['Правительство одобрило госу-', 'дарственную программу', 'импортозамещения оборудования']);
		expect(hyphenated[0]).toMatchObject({hyphenated: true, width: 28});
		expect(hyphenated[0]!.spans.at(-1)).toEqual({text: 'госу-', styles: ['bold']});
		expect(hyphenated[1]!.spans[0]).toEqual({text: 'дарственную', styles: ['bold']});
	});

	it('skips empty blocks and keeps an empty list item visible', () => {
		const blocks: Block[] = [
			{type: 'paragraph', text: '  '},
			{type: 'paragraph', text: 'Текст'},
			{type: 'list', ordered: false, items: [{text: ''}, {text: 'пункт'}]},
		];
		const laidOut = layoutBlocks(blocks, {width: 20});
		expect(laidOut.map(rowText)).toEqual(['Текст', '', '• ', '• пункт']);
		expect(laidOut.map(line => line.anchor)).toEqual([
			{block: 1, offset: 0}, {block: 2, offset: 0}, {block: 2, offset: 0}, {block: 2, offset: 1},
		]);
	});

	it('leaves the marker out when the width leaves no room for text', () => {
		const laidOut = layoutBlocks([{type: 'quote', text: 'Да'}], {width: 4});
		expect(laidOut.map(rowText)).toEqual(['Да']);
	});

	it('strips soft hyphens and control characters from what it shows, not from the anchors', () => {
		const laidOut = layoutBlocks([{type: 'paragraph', text: 'пере\u00ADнос\tи\u0007 звонок'}], {width: 40});
		expect(laidOut.map(rowText)).toEqual(['перенос и звонок']);
		expect(layoutProblems(laidOut, [{type: 'paragraph', text: 'пере\u00ADнос\tи\u0007 звонок'}], 40)).toEqual([]);
	});

	it('lays out an issue by its story', () => {
		const issue = {id: 'x', title: 'T', date: null, source: 'x.txt', format: 'page-dump' as const, story: sampleStory, teasers: [], notices: []};
		expect(layoutIssue(issue, {width: 40})).toEqual(lines);
	});

	it('is pure: the same input gives the same rows, and the blocks are untouched', () => {
		const copy = structuredClone(sampleStory);
		expect(layoutBlocks(sampleStory, {width: 33, hyphenator})).toEqual(layoutBlocks(sampleStory, {width: 33, hyphenator}));
		expect(sampleStory).toEqual(copy);
	});

	it('breaks at every space when typography is off', () => {
		const blocks: Block[] = [{type: 'paragraph', text: 'Он пришёл в банк и взял кредит'}];
		expect(layoutBlocks(blocks, {width: 11, typography: false}).map(rowText)).toEqual(['Он пришёл в', 'банк и взял', 'кредит']);
		expect(layoutBlocks(blocks, {width: 11}).map(rowText)).toEqual(['Он пришёл', 'в банк', 'и взял', 'кредит']);
	});
});

describe('layoutBlocks widths', () => {
	const blocks: Block[] = [{type: 'paragraph', text: 'Один абзац без переносов строк'}];

	it('puts a paragraph on one row at an infinite width', () => {
		expect(layoutBlocks(blocks, {width: Number.POSITIVE_INFINITY}).map(line => line.spans.map(span => span.text).join(''))).toEqual(['Один абзац без переносов строк']);
	});

	it('refuses a width that is not a number', () => {
		expect(() => layoutBlocks(blocks, {width: Number.NaN})).toThrow(RangeError);
	});
});
