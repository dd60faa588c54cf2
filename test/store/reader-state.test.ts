import {describe, expect, it} from 'vitest';
import {
	addBookmark, changeSettings, chooseStoryBlock, emptyState, markRead, migrateState, NewerStateError, readingStateOf,
	removeBookmark, savePosition, setBookmarkNote, UnrecognisedStateError,
} from '../../source/store/reader-state.js';

const now = '2026-11-28T12:00:00.000Z';
const bookmark = {id: 'b1', issue: 'a', anchor: {block: 3, offset: 10}, excerpt: 'слова', created: now};

describe('migrateState', () => {
	it('starts empty from nothing', () => {
		expect(migrateState(undefined)).toEqual(emptyState());
		expect(migrateState({})).toEqual(emptyState());
	});

	it('migrates the unversioned shape (read flags only)', () => {
		expect(migrateState({read: {a: true, b: false}}).issues).toEqual({a: {read: true}});
	});

	it('keeps valid entries of the current schema and drops malformed ones one by one', () => {
		const state = migrateState({
			schemaVersion: 1,
			issues: {a: {read: true, position: {block: 2, offset: 5}, progress: 0.5}, b: 'nonsense', c: {position: {block: -1, offset: 0}}},
			bookmarks: [bookmark, {id: 'broken'}],
			settings: {textWidth: 72, hyphenate: true, junk: 1},
		});
		expect(state.issues).toEqual({a: {read: true, position: {block: 2, offset: 5}, progress: 0.5}, c: {}});
		expect(state.bookmarks).toEqual([bookmark]);
		expect(state.settings).toEqual({textWidth: 72, hyphenate: true});
	});

	it('refuses a newer schema and a non-object', () => {
		expect(() => migrateState({schemaVersion: 99})).toThrow(NewerStateError);
		expect(() => migrateState([1, 2])).toThrow(UnrecognisedStateError);
		expect(() => migrateState({schemaVersion: 'one'})).toThrow(UnrecognisedStateError);
	});

	it('keeps ids with dots and prototype-looking names as plain keys', () => {
		const state = migrateState({schemaVersion: 1, issues: {'v1.2': {read: true}, constructor: {read: true}}});
		expect(readingStateOf(state, 'v1.2')).toBe('read');
		expect(readingStateOf(state, 'constructor')).toBe('read');
		expect(readingStateOf(state, 'toString')).toBe('unread');
	});
});

describe('changes', () => {
	it('tracks unread → reading → read → unread', () => {
		let state = emptyState();
		expect(readingStateOf(state, 'a')).toBe('unread');
		state = savePosition(state, 'a', {block: 0, offset: 0}, 0, now);
		expect(readingStateOf(state, 'a')).toBe('unread');
		state = savePosition(state, 'a', {block: 4, offset: 0}, 0.4, now);
		expect(readingStateOf(state, 'a')).toBe('reading');
		state = markRead(state, 'a', true, now);
		expect(readingStateOf(state, 'a')).toBe('read');
		state = markRead(state, 'a', false, now);
		expect(readingStateOf(state, 'a')).toBe('unread');
		expect(state.issues.a).toEqual({updated: now});
	});

	it('adds a bookmark once per place and removes it by id', () => {
		let state = addBookmark(emptyState(), bookmark);
		state = addBookmark(state, {...bookmark, id: 'b2'});
		expect(state.bookmarks).toEqual([bookmark]);
		expect(removeBookmark(state, 'b1').bookmarks).toEqual([]);
	});

	it('does not change the state it was given', () => {
		const state = emptyState();
		markRead(state, 'a', true, now);
		changeSettings(state, {textWidth: 60});
		expect(state).toEqual(emptyState());
	});
});

describe('setBookmarkNote', () => {
	const bookmark = {id: 'b', issue: 'x', anchor: {block: 1, offset: 0}, excerpt: 'e', created: '2026-01-01T00:00:00Z'};
	const other = {...bookmark, id: 'c'};

	it('sets a note, trimmed, on that bookmark only, and removes it when empty', () => {
		const state = {...emptyState(), bookmarks: [bookmark, other]};
		const noted = setBookmarkNote(state, 'b', '  see the chart ');
		expect(noted.bookmarks).toEqual([{...bookmark, note: 'see the chart'}, other]);
		expect(setBookmarkNote(noted, 'b', ' ').bookmarks).toEqual([bookmark, other]);
		expect(migrateState(JSON.parse(JSON.stringify(noted))).bookmarks[0]!.note).toBe('see the chart');
	});
});

describe('learned blocks kept as story', () => {
	const block = {source: '', text: 'Понравился выпуск? Перешлите его другу.'};

	it('are kept once, and let go again', () => {
		const kept = chooseStoryBlock(chooseStoryBlock(emptyState(), block, 'story'), block, 'story');
		expect(kept.storyBlocks).toEqual([block]);
		expect(chooseStoryBlock(kept, block, 'notice')).toEqual(emptyState());
	});

	it('survive a reading of the config, malformed entries dropped', () => {
		const state = migrateState({schemaVersion: 1, issues: {}, bookmarks: [], settings: {}, storyBlocks: [block, {text: 1}, 'x']});
		expect(state.storyBlocks).toEqual([block]);
	});
});
