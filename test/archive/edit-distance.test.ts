import {describe, expect, it} from 'vitest';
import {closestWord, editDistance} from '../../source/archive/edit-distance.js';

describe('editDistance', () => {
	it.each([
		['list', 'list', 0],
		['lsit', 'list', 1],
		['serch', 'search', 1],
		['exprot', 'export', 1],
		['', 'abc', 3],
		['kitten', 'sitting', 3],
		['ca', 'abc', 3],
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('closestWord', () => {
	const commands = ['list', 'latest', 'read', 'export', 'mark', 'bookmarks', 'search', 'import', 'help'];

	it('finds the word meant, case aside', () => {
		expect(closestWord('lsit', commands)).toBe('list');
		expect(closestWord('EXPROT', commands)).toBe('export');
		expect(closestWord('raed', commands)).toBe('read');
	});

	it('guesses nothing from a word too far from all of them', () => {
		expect(closestWord('ls', commands)).toBeUndefined();
		expect(closestWord('frobnicate', commands)).toBeUndefined();
	});
});
