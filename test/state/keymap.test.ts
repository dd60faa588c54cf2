import {describe, expect, it} from 'vitest';
import {helpRows, hintFor, intentFor, keymap, type Screen} from '../../source/state/keymap.js';

const screens = Object.keys(keymap) as Screen[];

describe('keymap', () => {
	it('binds no key twice on a screen', () => {
		for (const screen of screens) {
			const keys = keymap[screen].flatMap(binding => binding.keys);
			expect(new Set(keys).size, screen).toBe(keys.length);
		}
	});

	it('has the keys the README lists', () => {
		expect(['up', 'k', 'down', 'j', 'pageup', 'pagedown', 'g', 'G', 'enter', '/', 'u', 'r', 'B', 'q', '?'].map(key => intentFor('library', key)))
			.toEqual(['move-up', 'move-up', 'move-down', 'move-down', 'page-up', 'page-down', 'first', 'last', 'open', 'filter', 'toggle-unread-only', 'toggle-read', 'bookmarks', 'quit', 'help']);
		expect(['space', 'pagedown', 'f', 'b', 'pageup', 'j', 'k', 'g', 'G', '[', ']', 'm', 'B', '/', 'n', 'N', 't', '+', '-', 'q', 'escape', '?'].map(key => intentFor('reader', key)))
			.toEqual(['page-down', 'page-down', 'page-down', 'page-up', 'page-up', 'line-down', 'line-up', 'first', 'last', 'previous-section', 'next-section', 'bookmark-here', 'bookmarks', 'search', 'next-match', 'previous-match', 'teasers', 'wider', 'narrower', 'back', 'back', 'help']);
		expect(['up', 'down', 'enter', 'd', 'q'].map(key => intentFor('bookmarks', key))).toEqual(['move-up', 'move-down', 'open', 'delete', 'back']);
	});

	it('binds less and newsboat habits in the reader, Enter shown in its help', () => {
		const keys = ['ctrl-f', 'right', 'ctrl-b', 'left', 'backspace', 'ctrl-d', 'd', 'ctrl-u', 'u', 'e', 'enter', 'y', 'J', 'K', 'U', 'r', 'H', 'L'];
		expect(keys.map(key => intentFor('reader', key))).toEqual([
			'page-down', 'page-down', 'page-up', 'page-up', 'page-up', 'half-page-down', 'half-page-down', 'half-page-up', 'half-page-up',
			'line-down', 'line-down', 'line-up', 'next-issue', 'previous-issue', 'next-unread', 'toggle-read', 'toggle-hyphenation', 'library',
		]);
		expect(helpRows('reader', 'en').find(row => row.action === 'one line down')?.keys).toContain('Enter');
	});

	it('lets Ctrl+C quit from every screen', () => {
		for (const screen of screens) {
			expect(intentFor(screen, 'ctrl-c'), screen).toBe('force-quit');
		}
	});

	it('generates the help from the same bindings, in both languages', () => {
		for (const screen of screens) {
			expect(helpRows(screen, 'en')).toHaveLength(keymap[screen].length);
		}

		expect(helpRows('reader', 'ru')).toContainEqual({keys: 'm', action: 'закладка на верхней строке'});
		expect(hintFor('library', ['open', 'quit'], 'en')).toBe('Enter open the issue  q quit');
	});

	it('binds the library, bookmarks and help keys that the screens promise', () => {
		expect(['escape', 'q'].map(key => intentFor('library', key))).toEqual(['clear-filter', 'quit']);
		expect(['n', 'd', 'u'].map(key => intentFor('bookmarks', key))).toEqual(['edit-note', 'delete', 'undo']);
		expect(['j', 'down', 'k', 'up', 'space', 'b', 'g', 'G', 'q', 'escape'].map(key => intentFor('help', key)))
			.toEqual(['line-down', 'line-down', 'line-up', 'line-up', 'page-down', 'page-up', 'first', 'last', 'back', 'back']);
		// The hint line takes the short text where a binding has one.
		expect(hintFor('library', ['help', 'quit', 'filter'], 'ru')).toBe('? эта справка  q выйти  / фильтр');
	});
});
