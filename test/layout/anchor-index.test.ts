import {describe, expect, it} from 'vitest';
import type {Block} from '../../source/archive/issue.js';
import {anchorOfLine, lineIndexOfAnchor} from '../../source/layout/anchor-index.js';
import {layoutBlocks} from '../../source/layout/layout.js';

const blocks: Block[] = [
	{type: 'paragraph', text: 'Первый абзац истории о золоте'},
	{type: 'heading', text: 'Заголовок'},
	{type: 'paragraph', text: '   Абзац с пробелами в начале'},
];

describe('lineIndexOfAnchor', () => {
	const lines = layoutBlocks(blocks, {width: 14});
	const rows = lines.map(line => line.spans.map(span => span.text).join(''));

	it('finds the row that shows an anchor\'s character, mid-word too', () => {
		expect(rows).toEqual(['Первый абзац', 'истории', 'о золоте', '', 'Заголовок', '', 'Абзац', 'с пробелами', 'в начале']);
		expect(lineIndexOfAnchor(lines, {block: 0, offset: 0})).toBe(0);
		expect(lineIndexOfAnchor(lines, {block: 0, offset: 9})).toBe(0);
		// The break space after «абзац» still belongs to its row.
		expect(lineIndexOfAnchor(lines, {block: 0, offset: 12})).toBe(0);
		expect(lineIndexOfAnchor(lines, {block: 0, offset: 13})).toBe(1);
		expect(lineIndexOfAnchor(lines, {block: 0, offset: 25})).toBe(2);
		expect(lineIndexOfAnchor(lines, {block: 1, offset: 4})).toBe(4);
	});

	it('never lands on a blank row', () => {
		expect(lineIndexOfAnchor(lines, {block: 1, offset: 0})).toBe(4);
		expect(lineIndexOfAnchor(lines, {block: 2, offset: 3})).toBe(6);
	});

	it('sends an anchor before a block\'s first shown character to that block\'s first row', () => {
		expect(lineIndexOfAnchor(lines, {block: 2, offset: 0})).toBe(6);
	});

	it('clamps anchors outside the story', () => {
		expect(lineIndexOfAnchor(lines, {block: -1, offset: 0})).toBe(0);
		expect(lineIndexOfAnchor(lines, {block: 0, offset: 999})).toBe(2);
		expect(lineIndexOfAnchor(lines, {block: 9, offset: 0})).toBe(lines.length - 1);
		expect(lineIndexOfAnchor([], {block: 0, offset: 0})).toBe(-1);
	});
});

describe('anchorOfLine', () => {
	const lines = layoutBlocks(blocks, {width: 14});

	it('gives a row\'s anchor, a blank row the next block\'s, and a copy', () => {
		expect(anchorOfLine(lines, 1)).toEqual({block: 0, offset: 13});
		expect(anchorOfLine(lines, 3)).toEqual({block: 1, offset: 0});
		expect(anchorOfLine(lines, 5)).toEqual({block: 2, offset: 3});
		const anchor = anchorOfLine(lines, 0);
		anchor.offset = 5;
		expect(lines[0]!.anchor.offset).toBe(0);
	});

	it('clamps the index and has the story\'s start for no rows', () => {
		expect(anchorOfLine(lines, -3)).toEqual({block: 0, offset: 0});
		expect(anchorOfLine(lines, 1000)).toEqual(lines.at(-1)!.anchor);
		expect(anchorOfLine([], 0)).toEqual({block: 0, offset: 0});
	});

	it('round-trips through another width: row → anchor → the row at the new width that starts at or before it', () => {
		const narrow = layoutBlocks(blocks, {width: 9});
		expect(narrow.map(line => line.spans.map(span => span.text).join(''))).toContain('о золоте');
		for (let index = 0; index < lines.length; index++) {
			const anchor = anchorOfLine(lines, index);
			const found = lineIndexOfAnchor(narrow, anchor);
			const row = narrow[found]!;
			const next = narrow.slice(found + 1).find(line => line.kind === 'text' && line.block === anchor.block);
			expect(row).toMatchObject({kind: 'text', block: anchor.block});
			expect(row.anchor.offset).toBeLessThanOrEqual(anchor.offset);
			expect(next === undefined || next.anchor.offset > anchor.offset).toBe(true);
		}
	});
});
