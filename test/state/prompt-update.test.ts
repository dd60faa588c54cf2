import {describe, expect, it} from 'vitest';
import {visibleEntries} from '../../source/state/library-entries.js';
import {readerViewport, visibleRange} from '../../source/state/reader-viewport.js';
import {openIssue, play, sampleIssues, sampleModel} from './model-fixture.js';

const gold = '2026-11-20-gold';

describe('the library filter', () => {
	const chips = '2026-02-09-ai-chips';

	it('filters titles as you type, case- and ё-insensitively; Enter keeps, Esc clears', () => {
		const typed = play(sampleModel(), '/', 'В', 'С', 'Е', '-', 'Т', 'А', 'К', 'И');
		expect(typed.model.library.editingFilter).toBe(true);
		expect(visibleEntries(typed.model).map(entry => entry.id)).toEqual(['2026-01-16-cbr-rate']);
		const kept = play(typed.model, 'enter');
		expect(kept.model.library).toMatchObject({editingFilter: false, filter: 'ВСЕ-ТАКИ'});
		expect(kept.effects).toEqual([{type: 'load-issue', id: '2026-01-16-cbr-rate'}]);
		expect(visibleEntries(play(kept.model, 'escape').model)).toHaveLength(sampleIssues.length);
		expect(visibleEntries(play(sampleModel(), '/', 'з', 'о', 'л', 'backspace', 'backspace', 'escape').model)).toHaveLength(sampleIssues.length);
	});

	it('clears the typed filter on Ctrl-U', () => {
		const cleared = play(sampleModel(), '/', 'з', 'о', 'л', 'ctrl-u');
		expect(cleared.model.library).toMatchObject({filter: '', editingFilter: true});
		expect(visibleEntries(cleared.model)).toHaveLength(sampleIssues.length);
	});

	it('moves the selection with ↑/↓ while typing, and one Enter opens the selected issue', () => {
		const typed = play(sampleModel(), '/', 'о', 'down', 'down', 'up');
		expect(typed.model.library).toMatchObject({filter: 'о', editingFilter: true, cursor: 1});
		const selected = visibleEntries(typed.model)[1]!.id;
		const opened = play(typed.model, 'enter');
		expect(opened.effects).toEqual([{type: 'load-issue', id: selected}]);
		expect(opened.model.library.filter).toBe('о');
	});

	it('keeps the selection when Esc drops the filter', () => {
		const typed = play(sampleModel(), '/', 'о', 'down', 'down');
		const selected = visibleEntries(typed.model)[2]!;
		const dropped = play(typed.model, 'escape').model;
		expect(visibleEntries(dropped)[dropped.library.cursor]).toBe(selected);
	});

	it('does not quit on q while typing a filter', () => {
		const typed = play(sampleModel(), '/', 'q');
		expect(typed.effects).toEqual([]);
		expect(typed.model.library.filter).toBe('q');
	});

	it('asks the index once the filter is long enough, and shows issues found by their text', () => {
		const typed = play(sampleModel(), '/', 'ч', 'и');
		expect(typed.effects).toEqual([]);
		const longer = play(typed.model, 'п');
		expect(longer.effects).toEqual([{type: 'search-text', query: 'чип'}]);
		// "Золото…" says nothing of chips in its title; the index found it in the text.
		const hits = play(longer.model, {type: 'text-hits', hits: {query: 'чип', firstMatches: {'2026-11-20-gold': {block: 3, offset: 5, length: 4}}}});
		// The title that has the word comes first, then the issue found by its story.
		expect(visibleEntries(hits.model).map(entry => entry.id)).toEqual([chips, '2026-11-20-gold']);
		// A title matched by a form of the word (the index says so) counts as a title match too.
		const byLemma = play(longer.model, {type: 'text-hits', hits: {query: 'чип', firstMatches: {'2026-11-20-gold': null}, inTitle: ['2026-11-20-gold']}});
		expect(visibleEntries(byLemma.model).map(entry => entry.id)).toEqual(['2026-11-20-gold', chips]);
	});

	it('ignores hits for a filter that has changed since', () => {
		const typed = play(sampleModel(), '/', 'ч', 'и', 'п', 'ы', {type: 'text-hits', hits: {query: 'чип', firstMatches: {'2026-11-20-gold': null}}});
		expect(visibleEntries(typed.model).map(entry => entry.id)).toEqual([chips]);
	});

	it('opens an issue found by its text at the first match, with the story search set', () => {
		const match = {block: 2, offset: 10, length: 5};
		const found = play(sampleModel(), '/', 'ч', 'и', 'п', 'enter', {type: 'text-hits', hits: {query: 'чип', firstMatches: {[chips]: match}}});
		const opened = play(found.model, 'enter');
		expect(opened.effects).toEqual([{type: 'load-issue', id: chips, at: {block: 2, offset: 10}, search: 'чип'}]);
	});
});

describe('the story search', () => {
	it('searches the story: /, n, N, with the screen on each match', () => {
		const typed = play(openIssue(gold), '/', 'З', 'о', 'л', 'о', 'т', 'enter');
		const {search} = typed.model.reader!;
		expect(search.matches.length).toBeGreaterThan(3);
		expect(search.current).toBe(0);
		const onMatch = (model: typeof typed.model) => {
			const match = model.reader!.search.matches[model.reader!.search.current]!;
			const {start, end} = visibleRange(readerViewport(model.reader!, model.size));
			const lines = model.reader!.lines.slice(start, end);
			return lines.some(line => line.block === match.block);
		};

		expect(onMatch(typed.model)).toBe(true);
		const second = play(typed.model, 'n', 'n');
		expect(second.model.reader!.search.current).toBe(2);
		expect(onMatch(second.model)).toBe(true);
		expect(play(typed.model, 'N').model.reader!.search.current).toBe(search.matches.length - 1);
		expect(play(openIssue(gold), '/', 'ы', 'ы', 'ы', 'enter').model.status).toBe('"ыыы" not found');
	});

	it('keeps the last pattern when the prompt is cancelled or left empty, as less does', () => {
		const searched = play(openIssue(gold), '/', 'З', 'о', 'л', 'о', 'т', 'enter').model;
		const {query, matches} = searched.reader!.search;
		const cancelled = play(searched, '/', 'x', 'escape').model;
		expect(cancelled.reader!.search).toMatchObject({query, editing: false, current: 0});
		const next = play(cancelled, 'n').model;
		expect(next.reader!.search.current).toBe(1);
		expect(next.status).toBe(`match 2/${matches.length}`);
		// An empty prompt searches for the last pattern again.
		expect(play(searched, '/', 'enter').model.reader!.search).toMatchObject({query, current: 1});
		expect(play(openIssue(gold), '/', 'escape', 'n').model.status).toBe('No search yet: press / to search.');
	});
});
