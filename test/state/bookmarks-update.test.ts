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

	it('returns to the reader when opened from it', () => {
		expect(play(openIssue(gold, undefined, stored), 'B', 'q').model.screen).toBe('reader');
	});
});
