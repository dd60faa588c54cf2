import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {anchorOfTop, isSectionStart, readerViewport} from '../../source/state/reader-viewport.js';
import {issueById, now, openIssue, play, rowText} from './model-fixture.js';

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
