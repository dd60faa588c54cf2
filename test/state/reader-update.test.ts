import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {bodyHeight, type Effect, type Model} from '../../source/state/app-model.js';
import {emptyState, markRead} from '../../source/store/reader-state.js';
import {anchorOfTop, isSectionStart, readerViewport, showsEnd, visibleRange} from '../../source/state/reader-viewport.js';
import {issueById, now, openIssue, play, rowText, sampleIssues, sampleModel} from './model-fixture.js';

const gold = '2026-11-20-gold';

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
		const last = play(opened, 'G').model;
		const {start, end} = visibleRange(readerViewport(last.reader!, last.size));
		// The last screenful: the story's end on the bottom row, the screen full.
		expect(end).toBe(opened.reader!.lines.length);
		expect(end - start).toBe(bodyHeight(last.size));
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

	it('changes the text width with + and -, kept in settings', () => {
		const opened = openIssue(gold, {columns: 120, rows: 30});
		expect(opened.reader!.columnWidth).toBe(76);
		const wider = play(opened, '+');
		expect(wider.model.reader!.columnWidth).toBe(80);
		expect(wider.effects).toEqual([{type: 'save-settings', settings: {textWidth: 80}}]);
		expect(play(opened, '-', '-').model.reader!.columnWidth).toBe(68);
		expect(openIssue(gold, {columns: 50, rows: 30}).reader!.columnWidth).toBe(48);
	});

	it('goes back to the library on q and Esc, flushing the position', () => {
		expect(play(openIssue(gold), 'q')).toMatchObject({model: {screen: 'library'}, effects: [{type: 'flush'}]});
		expect(play(openIssue(gold), 'escape').model.screen).toBe('library');
	});
});

describe('less keys', () => {
	const at = (model: Model) => model.reader!.top;
	const height = (model: Model) => bodyHeight(model.size);

	it('pages with Ctrl-F, →, Ctrl-B, ←, Backspace as with Space and b', () => {
		const opened = openIssue(gold);
		const second = opened.reader!.pages[1]!.start;
		for (const key of ['ctrl-f', 'right', 'space', 'f', 'pagedown']) {
			expect(at(play(opened, key).model), key).toBe(second);
		}

		for (const key of ['ctrl-b', 'left', 'backspace', 'b', 'pageup']) {
			expect(at(play(opened, 'space', key).model), key).toBe(0);
		}
	});

	it('moves half a page with Ctrl-D/d and Ctrl-U/u, a line with e/Enter and y', () => {
		const opened = openIssue(gold);
		const half = Math.floor(height(opened) / 2);
		expect(at(play(opened, 'ctrl-d').model)).toBe(half);
		expect(at(play(opened, 'd', 'd').model)).toBe(half * 2);
		expect(at(play(opened, 'd', 'd', 'ctrl-u').model)).toBe(half);
		expect(at(play(opened, 'd', 'u', 'u').model)).toBe(0);
		expect(at(play(opened, 'e', 'enter').model)).toBe(2);
		expect(at(play(opened, 'e', 'enter', 'y').model)).toBe(1);
	});

	it('stops scrolling down once the end of the story is on the last row', () => {
		const opened = openIssue(gold);
		const last = play(opened, 'G').model;
		expect(at(play(last, 'j', 'e', 'd', 'ctrl-d').model)).toBe(at(last));
		const scrolled = play(opened, ...Array.from({length: opened.reader!.lines.length}, () => 'j')).model;
		expect(at(scrolled)).toBe(at(last));
	});
});

describe('peeking is not reading', () => {
	const marks = (effects: Effect[]) => effects.filter(effect => effect.type === 'mark-read');

	it('marks read on reading forward to the end, by pages or by lines', () => {
		const opened = openIssue(gold);
		const pages = Array.from({length: opened.reader!.pages.length}, () => 'space');
		expect(marks(play(opened, ...pages).effects)).toEqual([{type: 'mark-read', id: gold, read: true}]);
		const lines = Array.from({length: opened.reader!.lines.length}, () => 'j');
		expect(marks(play(opened, ...lines).effects)).toEqual([{type: 'mark-read', id: gold, read: true}]);
	});

	it('shows the end on G, ] or a match there without marking it read', () => {
		const opened = openIssue(gold);
		const sections = Array.from({length: 40}, () => ']');
		expect(play(opened, 'G').model.reader!.markedRead).toBe(false);
		expect(marks(play(opened, 'G').effects)).toEqual([]);
		const jumped = play(opened, ...sections);
		expect(showsEnd(readerViewport(jumped.model.reader!, jumped.model.size))).toBe(true);
		expect(marks(jumped.effects)).toEqual([]);
		const lastWords = issueById(gold).story.at(-1)!;
		const word = blockText(lastWords).split(' ').at(-1)!.replace(/[^\p{L}]/gu, '');
		const searched = play(opened, '/', ...word, 'enter', 'N');
		expect(marks(searched.effects)).toEqual([]);
	});

	it('marks read or unread by hand with r', () => {
		const opened = openIssue(gold);
		const marked = play(opened, 'r');
		expect(marked.effects).toEqual([{type: 'mark-read', id: gold, read: true}]);
		expect(marked.model.status).toBe('Marked read.');
		const stored = markRead(emptyState(), gold, true, now);
		expect(play(openIssue(gold, undefined, stored), 'r').effects).toEqual([{type: 'mark-read', id: gold, read: false}]);
	});
});

describe('other issues from the reader', () => {
	const ids = sampleIssues.map(issue => issue.id);

	it('opens the next and previous issue in the library order with J and K', () => {
		const second = ids[1]!;
		const opened = play(sampleModel(), {type: 'issue-loaded', issue: issueById(second)}).model;
		expect(play(opened, 'J').effects).toEqual([{type: 'flush'}, {type: 'load-issue', id: ids[2]}]);
		expect(play(opened, 'K').effects).toEqual([{type: 'flush'}, {type: 'load-issue', id: ids[0]}]);
		expect(play(openIssue(ids[0]!), 'K').model.status).toBe('This is the first issue.');
		expect(play(openIssue(ids.at(-1)!), 'J').model.status).toBe('This is the last issue.');
	});

	it('opens the next unread issue with U, where it was left', () => {
		let stored = markRead(emptyState(), ids[1]!, true, now);
		stored = {...stored, issues: {...stored.issues, [ids[2]!]: {position: {block: 3, offset: 0}, progress: 0.3}}};
		expect(play(openIssue(ids[0]!, undefined, stored), 'U').effects).toEqual([{type: 'flush'}, {type: 'load-issue', id: ids[2], at: {block: 3, offset: 0}}]);
		const allRead = ids.reduce((state, id) => markRead(state, id, true, now), emptyState());
		expect(play(openIssue(ids[0]!, undefined, allRead), 'U').model.status).toBe('No unread issues further on.');
	});
});

describe('back means back', () => {
	const withTeaser = '2026-09-25-labour-shortage';
	const linked = issueById(withTeaser).teasers[0]!.id!;

	it('returns from an issue opened by a teaser to the story it was opened from, at the same place', () => {
		const reading = play(openIssue(withTeaser), 'space', 'j', 'j').model;
		const followed = play(reading, 't', 'enter');
		expect(followed.effects).toEqual([{type: 'flush'}, {type: 'load-issue', id: linked}]);
		const there = play(followed.model, {type: 'issue-loaded', issue: issueById(linked)}, 'space').model;
		expect(there.reader!.issue.id).toBe(linked);
		const back = play(there, 'q').model;
		expect(back.screen).toBe('reader');
		expect(back.reader!.issue.id).toBe(withTeaser);
		expect(back.reader!.top).toBe(reading.reader!.top);
		expect(play(back, 'q').model.screen).toBe('library');
	});

	it('quits to the shell from a reader opened from the command line; L opens the library', () => {
		const fromShell = {...openIssue(gold), run: {full: false, quitsToShell: true}};
		expect(play(fromShell, 'q').effects).toEqual([{type: 'quit'}]);
		const library = play(fromShell, 'L').model;
		expect(library.screen).toBe('library');
		const reopened = play(library, {type: 'issue-loaded', issue: issueById(gold)}, 'q');
		expect(reopened.model.screen).toBe('library');
		expect(reopened.effects).toEqual([{type: 'flush'}]);
	});
});

describe('hyphenation', () => {
	it('turns on and off with H, saved, with the same words on top', () => {
		const opened = play(openIssue(gold, {columns: 44, rows: 24}), 'space', 'j').model;
		expect(opened.reader!.hyphenate).toBe(true);
		const off = play(opened, 'H');
		expect(off.effects).toEqual([{type: 'save-settings', settings: {hyphenate: false}}]);
		expect(off.model.reader!.lines.some(line => line.hyphenated)).toBe(false);
		expect(off.model.reader!.anchor).toEqual(opened.reader!.anchor);
		expect(off.model.status).toBe('Hyphenation off.');
		const on = play(off.model, 'H').model;
		expect(on.reader!.lines.some(line => line.hyphenated)).toBe(true);
		expect(on.reader!.top).toBe(opened.reader!.top);
		const stored = {...emptyState(), settings: {hyphenate: false}};
		expect(openIssue(gold, {columns: 44, rows: 24}, stored).reader!.hyphenate).toBe(false);
	});
});

describe('what the command line asks for', () => {
	it('lays the story out at --width for the run, without saving it', () => {
		const model = {...sampleModel({columns: 120, rows: 30}), run: {textWidth: 40, full: false, quitsToShell: true}};
		const opened = play(model, {type: 'issue-loaded', issue: issueById(gold)});
		expect(opened.model.reader!.columnWidth).toBe(40);
		expect(opened.effects).toEqual([]);
		expect(play(opened.model, '+').model.reader!.columnWidth).toBe(44);
	});

	it('shows teasers and notices after the story with --full', () => {
		const issue = issueById('2026-09-25-labour-shortage');
		const model = {...sampleModel(), run: {full: true, quitsToShell: true}};
		const opened = play(model, {type: 'issue-loaded', issue}).model;
		const text = opened.reader!.lines.map((_, row) => rowText(opened, row)).join('\n');
		expect(text).toContain(issue.teasers[0]!.title);
		expect(text).toContain(issue.notices[0]!.slice(0, 20));
		expect(openIssue(issue.id).reader!.lines.map((_, row) => rowText(openIssue(issue.id), row)).join('\n')).not.toContain(issue.teasers[0]!.title);
	});
});
