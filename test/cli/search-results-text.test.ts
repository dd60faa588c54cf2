import {describe, expect, it} from 'vitest';
import {highlightRanges, searchResultsJson, searchResultsText, wrapRanges} from '../../source/cli/search-results-text.js';
import {palette} from '../../source/cli/terminal-style.js';
import type {SearchResult} from '../../source/search/search-index.js';

const result = {
	id: '2026-02-09-ai-chips',
	date: '2026-02-09',
	title: 'Чипы без Nvidia',
	path: '/archive/2026-02-09-ai-chips.txt',
	score: 3.456_789,
	issue: {id: '2026-02-09-ai-chips', title: 'Чипы без Nvidia', date: '2026-02-09', source: '', format: 'page-dump', story: [], teasers: [], notices: []},
	titleMatches: [{offset: 0, length: 4}],
	matches: [{block: 3, offset: 10, length: 4}],
	snippet: {text: 'Почти все эти чипы произведены Nvidia', highlights: [{offset: 14, length: 4}]},
} satisfies SearchResult;

describe('searchResultsText', () => {
	it('prints date, id and title, then the indented snippet; plain without colour', () => {
		expect(searchResultsText([result, {...result, id: 'b', date: null}], {palette: palette(false)})).toBe(
			'2026-02-09  2026-02-09-ai-chips  Чипы без Nvidia\n    Почти все эти чипы произведены Nvidia\n\n'
			+ '-  b  Чипы без Nvidia\n    Почти все эти чипы произведены Nvidia\n',
		);
	});

	it('highlights matches in the title and the snippet when colour is on', () => {
		const text = searchResultsText([result], {palette: palette(true)});
		expect(text).toContain('\u001B[1m\u001B[33mЧипы\u001B[39m\u001B[22m без');
		expect(text).toContain('эти \u001B[1m\u001B[33mчипы\u001B[39m\u001B[22m произведены');
	});

	it('wraps the snippet to the terminal, highlights following the words', () => {
		const text = searchResultsText([result], {palette: palette(true), width: 24});
		const lines = text.split('\n').slice(1, -1);
		expect(lines.map(line => line.replaceAll(/\u001B\[\d+m/gu, ''))).toEqual(['    Почти все эти чипы', '    произведены Nvidia']);
		expect(lines[0]).toContain('\u001B[33mчипы');
	});
});

describe('wrapRanges and highlightRanges', () => {
	it('cuts words longer than the row', () => {
		expect(wrapRanges('абвгдежз ий', 4)).toEqual([{start: 0, end: 4}, {start: 4, end: 8}, {start: 9, end: 11}]);
	});

	it('styles only the ranges', () => {
		expect(highlightRanges('a bc d', [{offset: 2, length: 2}], text => `[${text}]`)).toBe('a [bc] d');
	});
});

describe('searchResultsJson', () => {
	it('gives scripts id, date, title, score, snippet and anchors', () => {
		expect(JSON.parse(searchResultsJson([result]))).toEqual([{
			id: '2026-02-09-ai-chips',
			date: '2026-02-09',
			title: 'Чипы без Nvidia',
			score: 3.457,
			snippet: 'Почти все эти чипы произведены Nvidia',
			matches: [{block: 3, offset: 10, length: 4}],
		}]);
	});
});
