import {render} from 'ink-testing-library';
import {act} from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import type {ArchiveShown, LibraryEntry, Size} from '../../source/state/app-model.js';
import {emptyState, type ReaderState} from '../../source/store/reader-state.js';
import {App} from '../../source/ui/app.js';
import {textSearchDelayMs, type EffectServices} from '../../source/ui/effect-runner.js';
import {displayWidth} from '../../source/layout/display-width.js';
import {issueById, sampleModel} from '../state/model-fixture.js';

const keys = {down: '\u001B[B', up: '\u001B[A', pageDown: '\u001B[6~', enter: '\r', escape: '\u001B'};

// React schedules renders on its own; inside act() they are all done before act() returns,
// so a frame read after it shows everything the key or resize led to. Timers are fake: what
// a key sets off for later (the rest of a layout, a debounced search or save) runs when the
// test moves the clock, not after a real pause.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

/** Does `action` (a key, say), then lets `milliseconds` of fake time pass, all inside act(). */
async function settle(action: () => void, milliseconds = 20): Promise<void> {
	await act(async () => {
		action();
		await vi.advanceTimersByTimeAsync(milliseconds);
	});
}

async function tick(milliseconds = 20): Promise<void> {
	await settle(() => {}, milliseconds);
}

type Harness = ReturnType<typeof render> & {state: () => ReaderState; quits: () => number; press: (...input: string[]) => Promise<void>; frame: () => string[]};

let mounted: Harness | undefined;

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	act(() => {
		mounted?.unmount();
	});
	mounted = undefined;
	vi.useRealTimers();
});

function mount(size: Size, stored: ReaderState = emptyState(), language: 'en' | 'ru' = 'en', searchText?: EffectServices['searchText'], archive?: ArchiveShown, entries?: LibraryEntry[]): Harness {
	let state = stored;
	let quits = 0;
	const services: EffectServices = {
		loadIssue: id => issueById(id),
		updateState(change) {
			state = change(state);
			return state;
		},
		now: () => new Date('2026-11-28T12:00:00Z'),
		quit() {
			quits++;
		},
		...(searchText ? {searchText} : {}),
	};
	const initial = {...sampleModel(size, stored), language, ...(archive ? {archive} : {}), ...(entries ? {entries} : {})};
	let rendered!: ReturnType<typeof render>;
	act(() => {
		rendered = render(<App initial={initial} size={size} services={services}/>);
	});
	mounted = {
		...rendered,
		state: () => state,
		quits: () => quits,
		async press(...input: string[]) {
			for (const chunk of input) {
				await settle(() => rendered.stdin.write(chunk));
			}
		},
		frame: () => (rendered.lastFrame() ?? '').split('\n'),
	};
	return mounted;
}

function expectFits(frame: string[], size: Size): void {
	expect(frame.length).toBeLessThanOrEqual(size.rows - 1);
	for (const line of frame) {
		expect(displayWidth(line), line).toBeLessThanOrEqual(size.columns);
	}
}

describe('library screen', () => {
	it('shows the header with counts, the newest issue selected, and key hints', async () => {
		const size = {columns: 80, rows: 24};
		const app = mount(size);
		await tick();
		const frame = app.frame();
		expect(frame[0]).toMatch(/^bell-reader · 12 issues · 12 unread +1\/12$/u);
		expect(frame[1]).toMatch(/^ {2}date {8}title +state {8}★ {2}time/u);
		expect(frame[2]).toMatch(/^› 2026-11-20 {2}Золото по \$4500\. .*unread +2 min/u);
		expect(frame.at(-1)).toMatch(/^\? this help {2}q quit {2}Enter open the issue/u);
		expectFits(frame, size);
	});

	it('speaks Russian', async () => {
		const app = mount({columns: 80, rows: 24}, emptyState(), 'ru');
		await tick();
		expect(app.frame()[0]).toMatch(/^bell-reader · 12 выпусков · 12 непрочитанных +1\/12$/u);
		expect(app.frame()[1]).toMatch(/^ {2}дата {8}заголовок +статус {7}★ {2}время$/u);
	});

	it('shows the selected position, and the legend of the marks when narrow', async () => {
		const size = {columns: 40, rows: 12};
		const app = mount(size);
		await app.press(keys.down, keys.down);
		const frame = app.frame();
		expect(frame[0]).toMatch(/ 3\/12$/u);
		expect(frame[1]).toMatch(/^ {2}title +• unread ◐ reading ✓ read$/u);
		expectFits(frame, size);
	});

	it('keeps the help and quit hints when the row is too narrow for all', async () => {
		const app = mount({columns: 24, rows: 10});
		await tick();
		expect(app.frame().at(-1)).toMatch(/^\? this help {2}q quit/u);
	});

	it('names the archive in the header, the bundled one as the sample', async () => {
		const size = {columns: 100, rows: 10};
		const app = mount(size, emptyState(), 'en', undefined, {path: '~/news', sample: false});
		await tick();
		expect(app.frame()[0]).toMatch(/^bell-reader · 12 issues · 12 unread · ~\/news +1\/12$/u);
		const sample = mount(size, emptyState(), 'ru', undefined, {path: '/opt/archive', sample: true});
		await tick();
		expect(sample.frame()[0]).toMatch(/^bell-reader · 12 выпусков · 12 непрочитанных · пример архива +1\/12$/u);
	});

	it('says how to import on an empty archive', async () => {
		const app = mount({columns: 80, rows: 10}, emptyState(), 'en', undefined, undefined, []);
		await tick();
		expect(app.frame().join('\n')).toContain('No issues in this archive.\nImport issues: bell-reader import <files or folder>');
	});

	it('does not quit on Esc with no filter, and says which key does', async () => {
		const app = mount({columns: 80, rows: 10});
		await app.press(keys.escape);
		// A lone Esc may wait for the rest of an escape sequence before Ink reports it.
		await expect.poll(() => app.frame().at(-1)).toBe('Esc clears a filter; q quits.');
		expect(app.quits()).toBe(0);
	});

	it('filters as you type, counting the matches; one Enter opens the selected issue', async () => {
		const app = mount({columns: 80, rows: 24});
		await app.press('/', 'ипо');
		const frame = app.frame();
		expect(frame.filter(line => line.includes('2026-')).map(line => line.slice(2, 12))).toEqual(['2026-06-30']);
		expect(frame.at(-1)).toMatch(/^Filter: ипо█ +1 match$/u);
		await app.press(keys.enter);
		expect(app.frame()[0]).toMatch(/^Ипотека без льгот/u);
		await app.press('q');
		expect(app.frame()[0]).toContain('/ипо');
	});
});

describe('full-text search from the library', () => {
	it('shows issues the index found by their text, title matches first, says why, and opens one at its match', async () => {
		const asked: string[] = [];
		const app = mount({columns: 80, rows: 24}, emptyState(), 'en', async query => {
			asked.push(query);
			return {
				firstMatches: {'2026-11-20-gold': {block: 2, offset: 0, length: 6}},
				snippets: {'2026-11-20-gold': {text: '…спрос на чипы и слитки…', highlights: [{offset: 10, length: 4}]}},
			};
		});
		await app.press('/', 'чип');
		// The search waits for the typing to pause.
		expect(asked).toEqual([]);
		await tick(textSearchDelayMs);
		expect(asked).toEqual(['чип']);
		const rows = app.frame().filter(line => /\d{4}-\d{2}-\d{2}/u.test(line));
		// The title match first, then the issue found by its text.
		expect(rows.map(line => line.slice(2, 12))).toEqual(['2026-02-09', '2026-11-20']);
		await app.press(keys.down, keys.enter);
		expect(app.frame()[0]).toMatch(/^Золото/u);
		// Back in the library, the footer says why the selected issue was found.
		await app.press('q');
		expect(app.frame().at(-1)).toContain('\u001B[4mчипы\u001B[24m');
	});
});

describe('reader screen', () => {
	it('opens an issue with title, date, the text column and the page status', async () => {
		const size = {columns: 100, rows: 24};
		const app = mount(size);
		await app.press(keys.enter);
		const frame = app.frame();
		expect(frame[0]).toMatch(/^Золото по \$4500\. Почему ЦБ и россияне скупают слитки +2026-11-20$/u);
		expect(frame[1]).toMatch(/^ {12}Цена золота на Лондонской бирже/u);
		expect(frame.at(-1)).toMatch(/^1\/\d+ {2}\d+% {2}\d+ min left/u);
		expectFits(frame, size);
	});

	it('turns pages, bookmarks the top line and saves the position on leaving', async () => {
		const app = mount({columns: 80, rows: 24});
		await app.press(keys.enter, ' ');
		const top = app.frame()[1]!.trim();
		expect(app.frame().at(-1)).toMatch(/^2\//u);
		await app.press('m');
		expect(app.frame().at(-1)).toContain('Bookmarked.');
		expect(app.state().bookmarks).toHaveLength(1);
		expect(top.replace(/^• /u, '')).toContain(app.state().bookmarks[0]!.excerpt.split(' ').slice(0, 3).join(' '));
		await app.press('q');
		expect(app.state().issues['2026-11-20-gold']?.position?.block).toBeGreaterThan(0);
		expect(app.frame()[0]).toMatch(/^bell-reader/u);
	});

	it('re-flows on resize with the same words on top', async () => {
		const app = mount({columns: 80, rows: 24});
		await app.press(keys.enter, ' ', 'j', 'j');
		const before = app.frame()[1]!.trim().split(' ').slice(0, 2).join(' ');
		act(() => {
			app.rerender(<App initial={sampleModel({columns: 80, rows: 24})} size={{columns: 44, rows: 14}} services={{loadIssue: issueById, updateState: change => change(emptyState()), now: () => new Date(), quit() {}}}/>);
		});
		await tick();
		const frame = app.frame();
		expect(frame[1]!.trim().startsWith(before)).toBe(true);
		expectFits(frame, {columns: 44, rows: 14});
	});

	it('highlights search matches', async () => {
		const app = mount({columns: 80, rows: 24});
		await app.press(keys.enter, '/', 'золот', keys.enter);
		expect(app.frame().at(-1)).toMatch(/match 1\/\d+/u);
		expect(app.lastFrame()).toContain('золот');
	});

	it('shows help generated from the key map and returns on any key', async () => {
		const app = mount({columns: 80, rows: 24});
		await app.press(keys.enter, '?');
		expect(app.frame()[0]).toBe('Keys · reader');
		expect(app.lastFrame()).toContain('bookmark the top line');
		await app.press('x');
		expect(app.frame()[0]).toMatch(/^Золото/u);
	});

	it.each([
		{columns: 20, rows: 6},
		{columns: 60, rows: 10},
	])('scrolls the help at $columns×$rows to its last row', async size => {
		const app = mount(size);
		await app.press(keys.enter, '?');
		const seen = new Set<string>();
		for (let page = 0; page < 25; page++) {
			for (const line of app.frame().slice(1, -1)) {
				seen.add(line.trim());
			}

			expectFits(app.frame(), size);
			await app.press(' ');
		}

		// The last binding's keys (Ctrl+C) came into view, and the help is still open.
		expect([...seen].some(line => line.startsWith('Ctrl+C'))).toBe(true);
		expect(app.frame()[0]).toMatch(/^Keys/u);
	});

	it('adds a note to a bookmark, stores it, shows it; deletes and undoes', async () => {
		const stored = {...emptyState(), bookmarks: [{id: 'b', issue: '2026-02-09-ai-chips', anchor: {block: 6, offset: 0}, excerpt: 'отрывок', created: '2026-01-01T00:00:00Z'}]};
		const app = mount({columns: 80, rows: 12}, stored);
		await app.press('B', 'n', 'график');
		expect(app.frame().at(-1)).toBe('Note: график█');
		await app.press(keys.enter);
		expect(app.state().bookmarks[0]!.note).toBe('график');
		expect(app.frame()[1]).toMatch(/^› ✎ график · Чипы без Nvidia/u);
		await app.press('d');
		expect(app.state().bookmarks).toEqual([]);
		expect(app.frame().at(-1)).toBe('Bookmark deleted: u undoes.');
		await app.press('u');
		expect(app.state().bookmarks).toEqual([{...stored.bookmarks[0], note: 'график'}]);
		expect(app.frame()[1]).toContain('✎ график');
	});

	it('lists bookmarks across the archive and jumps to one', async () => {
		const stored = {...emptyState(), bookmarks: [{id: 'b', issue: '2026-02-09-ai-chips', anchor: {block: 6, offset: 0}, excerpt: 'отрывок', created: '2026-01-01T00:00:00Z'}]};
		const app = mount({columns: 80, rows: 24}, stored);
		await app.press('B');
		expect(app.frame()[0]).toBe('Bookmarks · 1');
		expect(app.frame()[1]).toContain('Чипы без Nvidia');
		await app.press(keys.enter);
		expect(app.frame()[0]).toMatch(/^Чипы без Nvidia/u);
		const firstWords = blockText(issueById('2026-02-09-ai-chips').story[6]!).split(' ').slice(0, 2).join(' ');
		expect(app.frame()[1]!.trim().replace(/^• /u, '')).toMatch(new RegExp(`^${firstWords}`, 'u'));
	});
});

describe('sizes', () => {
	it.each([
		{columns: 20, rows: 6},
		{columns: 32, rows: 8},
		{columns: 60, rows: 24},
		{columns: 120, rows: 40},
	])('every screen fits $columns×$rows', async size => {
		const app = mount(size);
		await tick();
		expectFits(app.frame(), size);
		await app.press(keys.enter);
		expectFits(app.frame(), size);
		await app.press(' ', 't');
		expectFits(app.frame(), size);
		await app.press('q', '?');
		expectFits(app.frame(), size);
		await app.press('x', 'B');
		expectFits(app.frame(), size);
	});

	it.each([
		{columns: 19, rows: 30},
		{columns: 100, rows: 5},
		{columns: 12, rows: 4},
	])('at $columns×$rows shows only the message, naming the smallest size that works', async size => {
		const app = mount(size);
		await tick();
		const frame = app.frame();
		expectFits(frame, size);
		expect(frame.join(' ')).not.toMatch(/bell-reader|Золото/u);
		expect(frame.join(' ').replaceAll(/\s+/gu, ' ')).toMatch(/^Terminal too small.*20×6/u);
	});

	it('gives the screen back once the terminal is large enough again', async () => {
		const app = mount({columns: 19, rows: 30});
		await tick();
		const services = {loadIssue: issueById, updateState: (change: (state: ReaderState) => ReaderState) => change(emptyState()), now: () => new Date(), quit() {}};
		act(() => {
			app.rerender(<App initial={sampleModel({columns: 19, rows: 30})} size={{columns: 80, rows: 24}} services={services}/>);
		});
		await tick();
		expect(app.frame()[0]).toMatch(/^bell-reader/u);
	});
});

describe('quitting', () => {
	it('quits on q in the library and on Ctrl+C anywhere', async () => {
		const app = mount({columns: 80, rows: 24});
		await app.press('q');
		expect(app.quits()).toBe(1);
		await app.press(keys.enter, '\u0003');
		expect(app.quits()).toBe(2);
	});
});
