import {describe, expect, it} from 'vitest';
import {anchorFraction} from '../../source/archive/anchor-fraction.js';
import type {Block} from '../../source/archive/issue.js';

const story: Block[] = [
	{type: 'paragraph', text: 'a'.repeat(30)},
	{type: 'heading', text: 'b'.repeat(10)},
	{type: 'list', ordered: false, items: [{text: 'c'.repeat(29)}, {text: 'd'.repeat(30)}]},
];

describe('anchorFraction', () => {
	it('counts the characters before the anchor over the whole story', () => {
		expect(anchorFraction({story}, {block: 0, offset: 0})).toBe(0);
		expect(anchorFraction({story}, {block: 1, offset: 0})).toBe(0.3);
		expect(anchorFraction({story}, {block: 1, offset: 5})).toBe(0.35);
		// A list's items are one text, joined by a newline.
		expect(anchorFraction({story}, {block: 2, offset: 30})).toBe(0.7);
	});

	it('counts an anchor past the end (a file changed since) as the end', () => {
		expect(anchorFraction({story}, {block: 2, offset: 500})).toBe(1);
		expect(anchorFraction({story}, {block: 9, offset: 0})).toBe(1);
		expect(anchorFraction({story: []}, {block: 0, offset: 0})).toBe(0);
	});
});
