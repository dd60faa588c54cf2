import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {anchorOfTop, isSectionStart, readerViewport, visibleRange} from '../../source/state/reader-viewport.js';
import {bodyHeight} from '../../source/state/app-model.js';
import {visibleEntries} from '../../source/state/library-entries.js';
import {emptyState, markRead} from '../../source/store/reader-state.js';
import {issueById, now, openIssue, play, rowText, sampleIssues, sampleModel} from './model-fixture.js';

const gold = '2026-11-20-gold';

describe('library', () => {
	it('moves the cursor within the list and keeps it on screen', () => {
		const small = sampleModel({columns: 80, rows: 8});
		expect(play(small, 'k').model.library.cursor).toBe(0);
		const down = play(small, 'j', 'j', 'down', 'j', 'j', 'j', 'j');
		expect(down.model.library.cursor).toBe(7);
		expect(down.model.library.top).toBe(7 - bodyHeight(small.size) + 1);
		expect(play(small, 'G').model.library.cursor).toBe(sampleIssues.length - 1);
		expect(play(small, 'G', 'g').model.library).toMatchObject({cursor: 0, top: 0});
		expect(play(small, 'pagedown').model.library.cursor).toBe(bodyHeight(small.size));
	});

	it('filters titles as you type, case- and ё-insensitively; Enter keeps, Esc clears', () => {
		const typed = play(sampleModel(), '/', 'В', 'С', 'Е', '-', 'Т', 'А', 'К', 'И');
		expect(typed.model.library.editingFilter).toBe(true);
		expect(visibleEntries(typed.model).map(entry => entry.id)).toEqual(['2026-01-16-cbr-rate']);
		const kept = play(typed.model, 'enter');
		expect(kept.model.library).toMatchObject({editingFilter: false, filter: 'ВСЕ-ТАКИ'});
		expect(visibleEntries(play(kept.model, 'escape').model)).toHaveLength(sampleIssues.length);
		expect(visibleEntries(play(sampleModel(), '/', 'з', 'о', 'л', 'backspace', 'backspace', 'escape').model)).toHaveLength(sampleIssues.length);
	});

	it('does not quit on q while typing a filter', () => {
		const typed = play(sampleModel(), '/', 'q');
		expect(typed.effects).toEqual([]);
		expect(typed.model.library.filter).toBe('q');
	});

	it('toggles read and shows unread only', () => {
		const toggled = play(sampleModel(), 'r');
		expect(toggled.effects).toEqual([{type: 'mark-read', id: gold, read: true}]);
		const stored = markRead(emptyState(), gold, true, now);
		const unreadOnly = play(sampleModel(undefined, stored), 'u');
		expect(visibleEntries(unreadOnly.model).map(entry => entry.id)).not.toContain(gold);
		expect(play(sampleModel(undefined, stored), 'r').effects).toEqual([{type: 'mark-read', id: gold, read: false}]);
	});

	it('opens the selected issue where the reader left it, a finished one at its start', () => {
		expect(play(sampleModel(), 'enter').effects).toEqual([{type: 'load-issue', id: gold}]);
		const reading = {...emptyState(), issues: {[gold]: {position: {block: 5, offset: 0}, progress: 0.4}}};
		expect(play(sampleModel(undefined, reading), 'enter').effects).toEqual([{type: 'load-issue', id: gold, at: {block: 5, offset: 0}}]);
		const finished = {...emptyState(), issues: {[gold]: {read: true, position: {block: 30, offset: 0}, progress: 1}}};
		expect(play(sampleModel(undefined, finished), 'enter').effects).toEqual([{type: 'load-issue', id: gold}]);
	});

	it('quits on q and on Ctrl+C', () => {
		expect(play(sampleModel(), 'q').effects).toEqual([{type: 'quit'}]);
		expect(play(sampleModel(), '/', 'ctrl-c').effects).toEqual([{type: 'quit'}]);
	});
});

describe('reader', () => {
	it('pages forward and back, saving the position, and marks the issue read once at the end', () => {
		const opened = openIssue(gold);
		expect(opened.screen).toBe('reader');
		const next = play(opened, 'space');
		expect(next.model.reader!.top).toBe(opened.reader!.pages[1]!.start);
		expect(next.effects).toEqual([{type: 'save-position', id: gold, anchor: anchorOfTop(readerViewport(next.model.reader!, next.model.size)), progress: expect.any(Number) as number}]);
		expect(play(next.model, 'b').model.reader!.top).toBe(0);

		const toEnd = play(opened, ...Array.from({length: opened.reader!.pages.length + 2}, () => 'space' as const));
		expect(toEnd.effects.filter(effect => effect.type === 'mark-read')).toEqual([{type: 'mark-read', id: gold, read: true}]);
		expect(toEnd.model.reader!.top).toBe(opened.reader!.pages.at(-1)!.start);
	});

	it('scrolls by lines and jumps to the start and the end', () => {
		const opened = openIssue(gold);
		expect(play(opened, 'j', 'j', 'k').model.reader!.top).toBe(1);
		expect(play(opened, 'k').model.reader!.top).toBe(0);
		expect(play(opened, 'G').model.reader!.top).toBe(opened.reader!.pages.at(-1)!.start);
		expect(play(opened, 'G', 'g').model.reader!.top).toBe(0);
	});

	it('moves between sections with [ and ]', () => {
		const opened = openIssue(gold);
		const {lines} = opened.reader!;
		const headings = lines.flatMap((_, row) => (isSectionStart(lines, row) ? [row] : []));
		expect(headings.length).toBeGreaterThan(1);
		const next = play(opened, ']');
		expect(next.model.reader!.top).toBe(headings[0]);
		expect(rowText(next.model, headings[0]!)).toBe('Почему дорожает золото?');
		expect(play(next.model, ']', '[').model.reader!.top).toBe(headings[0]);
	});

	it('bookmarks the top row with its anchor and the words there', () => {
		const scrolled = play(openIssue(gold), 'space').model;
		const bookmarked = play(scrolled, 'm');
		const anchor = anchorOfTop(readerViewport(scrolled.reader!, scrolled.size));
		expect(bookmarked.effects).toEqual([{
			type: 'add-bookmark',
			bookmark: {id: `${gold}:${anchor.block}:${anchor.offset}`, issue: gold, anchor, excerpt: expect.any(String) as string, created: now},
		}]);
		const bookmark = (bookmarked.effects[0] as {bookmark: {excerpt: string}}).bookmark;
		const block = issueById(gold).story[anchor.block]!;
		expect(blockText(block).slice(anchor.offset).startsWith(bookmark.excerpt.replace(/…$/u, ''))).toBe(true);
		expect(bookmarked.model.status).toBe('Bookmarked.');
	});

	it('keeps the same words on top when the terminal is resized', () => {
		const scrolled = play(openIssue(gold), 'space', 'j', 'j', 'j').model;
		const before = anchorOfTop(readerViewport(scrolled.reader!, scrolled.size));
		for (const size of [{columns: 40, rows: 12}, {columns: 120, rows: 50}, {columns: 24, rows: 6}, {columns: 80, rows: 24}]) {
			const resized = play(scrolled, {type: 'resize', size}).model;
			const after = anchorOfTop(readerViewport(resized.reader!, size));
			const row = resized.reader!.lines[resized.reader!.top]!;
			const words = (anchor: typeof before) => blockText(issueById(gold).story[anchor.block]!).slice(anchor.offset).split(' ')[0];
			expect(row.block).toBe(before.block);
			expect(words(after), JSON.stringify(size)).toBe(words(before));
		}
	});

	it('changes the text width with + and -, kept in settings', () => {
		const opened = openIssue(gold, {columns: 120, rows: 30});
		expect(opened.reader!.columnWidth).toBe(76);
		const wider = play(opened, '+');
		expect(wider.model.reader!.columnWidth).toBe(80);
		expect(wider.effects).toEqual([{type: 'save-settings', settings: {textWidth: 80}}]);
		expect(play(opened, '-', '-').model.reader!.columnWidth).toBe(68);
		expect(openIssue(gold, {columns: 50, rows: 30}).reader!.columnWidth).toBe(48);
	});

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

	it('lists teasers and opens the stored one a teaser points to', () => {
		const teasers = play(openIssue(gold), 't');
		expect(teasers.model.screen).toBe('teasers');
		const linked = issueById(gold).teasers.findIndex(teaser => teaser.id !== null);
		const opened = play(teasers.model, ...Array.from({length: linked}, () => 'j' as const), 'enter');
		expect(opened.effects).toEqual([{type: 'flush'}, {type: 'load-issue', id: issueById(gold).teasers[linked]!.id}]);
		const unlinked = issueById(gold).teasers.findIndex(teaser => teaser.id === null);
		expect(play(teasers.model, ...Array.from({length: unlinked}, () => 'j' as const), 'enter').model.status).toBe('That issue is not in the archive.');
		expect(play(teasers.model, 'q').model.screen).toBe('reader');
	});

	it('goes back to the library on q and Esc, flushing the position', () => {
		expect(play(openIssue(gold), 'q')).toMatchObject({model: {screen: 'library'}, effects: [{type: 'flush'}]});
		expect(play(openIssue(gold), 'escape').model.screen).toBe('library');
	});

	it('opens at a saved anchor with those words on top', () => {
		const opened = openIssue(gold);
		const target = opened.reader!.lines[40]!.anchor;
		const reopened = play(sampleModel(), {type: 'issue-loaded', issue: issueById(gold), at: target}).model;
		expect(reopened.reader!.lines[reopened.reader!.top]!.anchor).toEqual(target);
	});
});

describe('bookmarks and help', () => {
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

	it('shows help for the screen it was opened from, and any key returns', () => {
		const help = play(openIssue(gold), '?');
		expect(help.model).toMatchObject({screen: 'help', returnTo: {help: 'reader'}});
		expect(play(help.model, 'x').model.screen).toBe('reader');
	});
});

describe('searching the archive from the library', () => {
	const chips = '2026-02-09-ai-chips';

	it('asks the index once the filter is long enough, and shows issues found by their text', () => {
		const typed = play(sampleModel(), '/', 'ч', 'и');
		expect(typed.effects).toEqual([]);
		const longer = play(typed.model, 'п');
		expect(longer.effects).toEqual([{type: 'search-text', query: 'чип'}]);
		// "Золото…" says nothing of chips in its title; the index found it in the text.
		const hits = play(longer.model, {type: 'text-hits', hits: {query: 'чип', firstMatches: {'2026-11-20-gold': {block: 3, offset: 5, length: 4}}}});
		expect(visibleEntries(hits.model).map(entry => entry.id)).toEqual(['2026-11-20-gold', chips]);
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

	it('steps through the stemmed matches of the query in the opened story', () => {
		const story = issueById(chips).story;
		const loaded = play(sampleModel(), {type: 'issue-loaded', issue: issueById(chips), search: 'чип'}).model;
		const {matches} = loaded.reader!.search;
		const forms = new Set(matches.map(match => blockText(story[match.block]!).slice(match.offset, match.offset + match.length).toLowerCase()));
		expect(forms.size).toBeGreaterThan(1);
		for (const form of forms) {
			expect(form.startsWith('чип')).toBe(true);
		}

		expect(play(loaded, 'n').model.reader!.search.current).toBe(0);
	});
});

describe('a long story', () => {
	const gold = issueById('2026-11-20-gold');
	// The sample issue, repeated past the length at which only the first screens are laid out at once.
	const long = {...gold, id: 'long', story: Array.from({length: 40}, () => gold.story).flat()};

	it('opens with its first screens laid out, then the rest, keeping the words on top', () => {
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: long});
		expect(opened.model.reader!.complete).toBe(false);
		expect(opened.effects).toEqual([{type: 'finish-layout', id: 'long'}]);
		const partialLines = opened.model.reader!.lines.length;
		expect(partialLines).toBeGreaterThanOrEqual(bodyHeight(opened.model.size) * 2);

		const moved = play(opened.model, 'space');
		const anchor = anchorOfTop(readerViewport(moved.model.reader!, moved.model.size));
		const finished = play(moved.model, {type: 'layout-rest', id: 'long'});
		expect(finished.model.reader!.complete).toBe(true);
		expect(finished.model.reader!.lines.length).toBeGreaterThan(partialLines * 5);
		expect(anchorOfTop(readerViewport(finished.model.reader!, finished.model.size))).toEqual(anchor);
	});

	it('is not marked read before it is all laid out, and a late layout for another issue is ignored', () => {
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: long}, 'G');
		expect(opened.effects.filter(effect => effect.type === 'mark-read')).toEqual([]);
		expect(play(opened.model, {type: 'layout-rest', id: 'other'}).model.reader!.complete).toBe(false);
	});

	it('opens a short story whole', () => {
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: gold});
		expect(opened.model.reader!.complete).toBe(true);
		expect(opened.effects).toEqual([]);
	});
});
