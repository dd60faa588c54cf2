import {describe, expect, it} from 'vitest';
import {libraryListHeight} from '../../source/state/app-model.js';
import {visibleEntries} from '../../source/state/library-entries.js';
import {emptyState, markRead} from '../../source/store/reader-state.js';
import {now, play, sampleIssues, sampleModel} from './model-fixture.js';

const gold = '2026-11-20-gold';

describe('library', () => {
	it('moves the cursor within the list and keeps it on screen', () => {
		const small = sampleModel({columns: 80, rows: 8});
		expect(play(small, 'k').model.library.cursor).toBe(0);
		const down = play(small, 'j', 'j', 'down', 'j', 'j', 'j', 'j');
		expect(down.model.library.cursor).toBe(7);
		expect(down.model.library.top).toBe(7 - libraryListHeight(small.size) + 1);
		expect(play(small, 'G').model.library.cursor).toBe(sampleIssues.length - 1);
		expect(play(small, 'G', 'g').model.library).toMatchObject({cursor: 0, top: 0});
		expect(play(small, 'pagedown').model.library.cursor).toBe(libraryListHeight(small.size));
	});

	it('toggles read and shows unread only', () => {
		const toggled = play(sampleModel(), 'r');
		expect(toggled.effects).toEqual([{type: 'mark-read', id: gold, read: true}]);
		const stored = markRead(emptyState(), gold, true, now);
		const unreadOnly = play(sampleModel(undefined, stored), 'u');
		expect(visibleEntries(unreadOnly.model).map(entry => entry.id)).not.toContain(gold);
		expect(play(sampleModel(undefined, stored), 'r').effects).toEqual([{type: 'mark-read', id: gold, read: false}]);
	});

	it('keeps the selection on the same issue when switching to unread only, else on the nearest', () => {
		const ids = sampleIssues.map(issue => issue.id);
		// The fourth and fifth issues are read.
		const stored = [3, 4].reduce((state, index) => markRead(state, ids[index]!, true, now), emptyState());
		const onSixth = play(sampleModel({columns: 80, rows: 8}, stored), 'j', 'j', 'j', 'j', 'j');
		const selectedId = (model: typeof onSixth.model) => visibleEntries(model)[model.library.cursor]!.id;
		expect(selectedId(onSixth.model)).toBe(ids[5]);
		const unreadOnly = play(onSixth.model, 'u').model;
		expect(selectedId(unreadOnly)).toBe(ids[5]);
		expect(selectedId(play(unreadOnly, 'u').model)).toBe(ids[5]);
		// On a read issue: the next one still listed.
		const onRead = play(sampleModel({columns: 80, rows: 8}, stored), 'j', 'j', 'j', 'u').model;
		expect(selectedId(onRead)).toBe(ids[5]);
		// The last issues read: the last one still listed.
		const lastRead = [10, 11].reduce((state, index) => markRead(state, ids[index]!, true, now), emptyState());
		expect(selectedId(play(sampleModel(undefined, lastRead), 'G', 'u').model)).toBe(ids[9]);
	});

	it('opens the selected issue where the reader left it, a finished one at its start', () => {
		expect(play(sampleModel(), 'enter').effects).toEqual([{type: 'load-issue', id: gold}]);
		const reading = {...emptyState(), issues: {[gold]: {position: {block: 5, offset: 0}, progress: 0.4}}};
		expect(play(sampleModel(undefined, reading), 'enter').effects).toEqual([{type: 'load-issue', id: gold, at: {block: 5, offset: 0}}]);
		const finished = {...emptyState(), issues: {[gold]: {read: true, position: {block: 30, offset: 0}, progress: 1}}};
		expect(play(sampleModel(undefined, finished), 'enter').effects).toEqual([{type: 'load-issue', id: gold}]);
	});

	it('clears the filter on Esc, keeping the selection, and never quits on it', () => {
		const filtered = play(sampleModel(), '/', 'о', 'enter').model;
		const selected = visibleEntries(filtered)[1]!;
		const cleared = play(filtered, 'j', 'escape');
		expect(cleared.effects).toEqual([]);
		expect(cleared.model.library.filter).toBe('');
		expect(visibleEntries(cleared.model)[cleared.model.library.cursor]).toBe(selected);
		const plain = play(sampleModel(), 'escape');
		expect(plain.effects).toEqual([]);
		expect(plain.model.status).toBe('Esc clears a filter; q quits.');
	});

	it('quits on q and on Ctrl+C', () => {
		expect(play(sampleModel(), 'q').effects).toEqual([{type: 'quit'}]);
		expect(play(sampleModel(), '/', 'ctrl-c').effects).toEqual([{type: 'quit'}]);
	});
});
