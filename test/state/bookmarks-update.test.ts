import {describe, expect, it} from 'vitest';
import {emptyState} from '../../source/store/reader-state.js';
import {openIssue, play, sampleModel} from './model-fixture.js';

const gold = '2026-11-20-gold';

describe('bookmarks', () => {
	const stored = {
		...emptyState(),
		bookmarks: [
			{id: 'old', issue: gold, anchor: {block: 2, offset: 0}, excerpt: 'старая', created: '2026-01-01T00:00:00.000Z'},
			{id: 'new', issue: '2026-02-09-ai-chips', anchor: {block: 4, offset: 7}, excerpt: 'новая', created: '2026-02-01T00:00:00.000Z'},
		],
	};

	it('lists bookmarks newest first; Enter jumps, d deletes', () => {
		const screen = play(sampleModel(undefined, stored), 'B');
		expect(screen.model.screen).toBe('bookmarks');
		expect(play(screen.model, 'enter').effects).toEqual([{type: 'load-issue', id: '2026-02-09-ai-chips', at: {block: 4, offset: 7}}]);
		const deleted = play(screen.model, 'j', 'd');
		expect(deleted.effects).toEqual([{type: 'delete-bookmark', id: 'old'}]);
		expect(deleted.model.stored.bookmarks.map(bookmark => bookmark.id)).toEqual(['new']);
		expect(play(screen.model, 'q').model.screen).toBe('library');
	});

	it('deletes with d and puts the bookmark back, in its place, with u', () => {
		const screen = play(sampleModel(undefined, stored), 'B').model;
		const deleted = play(screen, 'd');
		expect(deleted.model.status).toBe('Bookmark deleted: u undoes.');
		const undone = play(deleted.model, 'u');
		expect(undone.effects).toEqual([{type: 'add-bookmark', bookmark: stored.bookmarks[1]}]);
		expect(undone.model.stored.bookmarks).toEqual(expect.arrayContaining(stored.bookmarks));
		expect(undone.model.bookmarkCursor).toBe(0);
		expect(play(undone.model, 'u').model.status).toBe('Nothing to undo.');
	});

	it('adds, edits and removes a note on the selected bookmark', () => {
		const screen = play(sampleModel(undefined, stored), 'B', 'j').model;
		const typed = play(screen, 'n', 'з', 'о', 'л', 'space', 'q');
		expect(typed.model.bookmarkNote).toBe('зол q');
		expect(typed.model.screen).toBe('bookmarks');
		const saved = play(typed.model, 'backspace', 'backspace', 'enter');
		expect(saved.effects).toEqual([{type: 'set-bookmark-note', id: 'old', note: 'зол'}]);
		expect(saved.model.stored.bookmarks.find(bookmark => bookmark.id === 'old')?.note).toBe('зол');
		// Editing starts from the note there is; Esc leaves it as it was.
		expect(play(saved.model, 'n').model.bookmarkNote).toBe('зол');
		const cancelled = play(saved.model, 'n', 'ctrl-u', 'escape');
		expect(cancelled.effects).toEqual([]);
		expect(cancelled.model.stored.bookmarks.find(bookmark => bookmark.id === 'old')?.note).toBe('зол');
		const removed = play(saved.model, 'n', 'ctrl-u', 'enter');
		expect(removed.effects).toEqual([{type: 'set-bookmark-note', id: 'old', note: ''}]);
		expect(removed.model.stored.bookmarks.find(bookmark => bookmark.id === 'old')).not.toHaveProperty('note');
	});

	it('returns to the reader when opened from it', () => {
		expect(play(openIssue(gold, undefined, stored), 'B', 'q').model.screen).toBe('reader');
	});
});
