import {describe, expect, it} from 'vitest';
import type {Line} from '../../source/layout/layout.js';
import {pageIndexOfLine, paginate, type Page} from '../../source/layout/paginate.js';

/**
 * Rows of blocks given as `h3` (a heading of 3 rows) or `p5` (a paragraph of 5 rows),
 * with a blank row between blocks, as layoutBlocks makes them.
 */
function rows(...blocks: string[]): Line[] {
	const lines: Line[] = [];
	blocks.forEach((spec, block) => {
		const heading = spec.startsWith('h');
		const count = Number(spec.slice(1));
		if (block > 0) {
			lines.push({spans: [], width: 0, anchor: {block, offset: 0}, block: -1, kind: 'blank'});
		}

		for (let row = 0; row < count; row++) {
			lines.push({spans: [{text: `${spec}.${row}`, styles: heading ? ['heading'] : []}], width: 5, anchor: {block, offset: row * 10}, block, kind: 'text'});
		}
	});
	return lines;
}

/** Each page as its rows' labels, to read what ended up where. */
function pagesOf(lines: Line[], pages: Page[]): string[][] {
	return pages.map(page => lines.slice(page.start, page.end).map(line => line.kind === 'blank' ? '' : line.spans[0]!.text));
}

describe('paginate', () => {
	it('cuts rows into pages of the height and drops a blank row at a break', () => {
		const lines = rows('p3', 'p3', 'p3');
		const pages = paginate(lines, 4);
		expect(pagesOf(lines, pages)).toEqual([
			['p3.0', 'p3.1', 'p3.2'],
			['p3.0', 'p3.1', 'p3.2'],
			['p3.0', 'p3.1', 'p3.2'],
		]);
		expect(pages).toEqual([{start: 0, end: 3}, {start: 4, end: 7}, {start: 8, end: 11}]);
	});

	it('keeps a heading with the first two rows after it', () => {
		const lines = rows('p4', 'h1', 'p6');
		// A page of 8 would end with the heading and one row of its paragraph (with the
		// blank rows around the heading).
		expect(pagesOf(lines, paginate(lines, 8))[0]).toEqual(['p4.0', 'p4.1', 'p4.2', 'p4.3']);
		// Two rows after the heading fit: it stays.
		expect(pagesOf(lines, paginate(lines, 9))[0]).toEqual(['p4.0', 'p4.1', 'p4.2', 'p4.3', '', 'h1.0', '', 'p6.0', 'p6.1']);
	});

	it('moves a heading split over a page break whole', () => {
		const lines = rows('p4', 'h2', 'p4');
		const pages = pagesOf(lines, paginate(lines, 6));
		expect(pages[1]!.slice(0, 2)).toEqual(['h2.0', 'h2.1']);
		expect(pages[0]).toEqual(['p4.0', 'p4.1', 'p4.2', 'p4.3']);
	});

	it('does not leave a paragraph\'s first row alone at the bottom', () => {
		const lines = rows('p5', 'p5');
		const pages = pagesOf(lines, paginate(lines, 7));
		expect(pages[0]).toEqual(['p5.0', 'p5.1', 'p5.2', 'p5.3', 'p5.4']);
		expect(pages[1]).toEqual(['p5.0', 'p5.1', 'p5.2', 'p5.3', 'p5.4']);
	});

	it('does not leave a paragraph\'s last row alone at the top of the next page', () => {
		const lines = rows('p1', 'p6');
		// Height 7: p1, blank, then 5 rows of p6 would leave «p6.5» alone on page 2.
		const pages = pagesOf(lines, paginate(lines, 7));
		expect(pages[0]).toEqual(['p1.0', '', 'p6.0', 'p6.1', 'p6.2', 'p6.3']);
		expect(pages[1]).toEqual(['p6.4', 'p6.5']);
	});

	it('moves a two-row paragraph whole rather than split it one and one', () => {
		const lines = rows('p4', 'p2', 'p3');
		const pages = pagesOf(lines, paginate(lines, 6));
		expect(pages[0]).toEqual(['p4.0', 'p4.1', 'p4.2', 'p4.3']);
		expect(pages[1]!.slice(0, 2)).toEqual(['p2.0', 'p2.1']);
	});

	it('cuts at the height when the page has no room to give', () => {
		// A widow fix would leave the page less than half full.
		const lines = rows('p9');
		expect(pagesOf(lines, paginate(lines, 8))).toEqual([
			['p9.0', 'p9.1', 'p9.2', 'p9.3', 'p9.4', 'p9.5', 'p9.6'],
			['p9.7', 'p9.8'],
		]);
		expect(pagesOf(lines, paginate(lines, 2)).map(page => page.length)).toEqual([2, 2, 2, 2, 1]);
	});

	it('keeps every text row on exactly one page, in order, within the height', () => {
		for (const height of [1, 2, 3, 5, 6, 24]) {
			const lines = rows('h1', 'p1', 'p2', 'h2', 'p7', 'p3', 'h1', 'p1', 'p12', 'p2');
			const pages = paginate(lines, height);
			const shown = pages.flatMap(page => Array.from({length: page.end - page.start}, (_, index) => page.start + index));
			const text = lines.flatMap((line, index) => line.kind === 'text' ? [index] : []);
			expect(shown.filter(index => lines[index]!.kind === 'text')).toEqual(text);
			for (const page of pages) {
				expect(page.end - page.start).toBeLessThanOrEqual(height);
				expect(page.end).toBeGreaterThan(page.start);
				expect(lines[page.start]!.kind).toBe('text');
				expect(lines[page.end - 1]!.kind).toBe('text');
			}
		}
	});

	it('has no pages for no rows', () => {
		expect(paginate([], 10)).toEqual([]);
	});
});

describe('pageIndexOfLine', () => {
	it('finds the page of a row, and the next page for a blank row at a break', () => {
		const pages: Page[] = [{start: 0, end: 3}, {start: 4, end: 7}, {start: 8, end: 9}];
		expect([0, 2, 3, 4, 6, 7, 8, 20].map(index => pageIndexOfLine(pages, index))).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
		expect(pageIndexOfLine([], 0)).toBe(-1);
	});
});
