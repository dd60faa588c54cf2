import {blockText, type Anchor, type Issue} from '../archive/issue.js';
import {uiText} from '../i18n/ui-text.js';
import {anchorOfLine} from '../layout/anchor-index.js';
import {layoutBlocks} from '../layout/layout.js';
import {paginate} from '../layout/paginate.js';
import {readingStateOf, sortedBookmarks, type Bookmark} from '../store/reader-state.js';
import {
	bodyHeight, columnWidthFor, defaultTextWidth, maxTextWidth, minTextWidth,
	type Action, type Effect, type LibraryModel, type Model, type ReaderModel, type Size, type Update,
} from './app-model.js';
import {intentFor, type Intent, type KeyName, type Screen} from './keymap.js';
import {visibleEntries} from './library-entries.js';
import {
	anchorOfTop, clampTop, isAtEnd, lastTop, nextPageTop, nextSectionRow, previousPageTop, previousSectionRow, progressOf, readerViewport, topForAnchor,
} from './reader-viewport.js';
import {findMatchesInStory} from '../search/find-matches.js';

/**
 * The UI reducer: (model, action) → (model, effects). Pure — keys, resizes and loaded
 * data come in as actions; everything with I/O goes out as effects the shell runs.
 */

const same = (model: Model, effects: Effect[] = []): Update => ({model, effects});

/** Stories longer than this (characters) open with their first screens laid out, the rest after. */
export const longStoryCharacters = 100_000;

/**
 * How many blocks from the start cover the first screens (from the block at `from` on):
 * estimated generously from the blocks' lengths, never fewer than needed.
 */
function blocksForFirstScreens(issue: Issue, from: number, columns: number, height: number): number {
	let rows = 0;
	let count = 0;
	for (const block of issue.story) {
		count++;
		if (count > from) {
			rows += Math.ceil(blockText(block).length / Math.max(1, columns)) + 1;
		}

		if (rows >= height * 3) {
			break;
		}
	}

	return count;
}

function layoutReader(issue: Issue, size: Size, textWidth: number | undefined, hyphenate: boolean, blocks = issue.story.length): Pick<ReaderModel, 'columnWidth' | 'lines' | 'pages' | 'hyphenate' | 'complete'> {
	const columnWidth = columnWidthFor(size, textWidth);
	const complete = blocks >= issue.story.length;
	const lines = layoutBlocks(complete ? issue.story : issue.story.slice(0, blocks), {width: columnWidth, hyphenate});
	return {columnWidth, hyphenate, lines, pages: paginate(lines, bodyHeight(size)), complete};
}

/**
 * The reader laid out for a size and text width with the words of its top row kept on
 * top. A resize on a wide terminal mostly leaves the column as it was: a story laid out
 * whole at that width keeps its rows, and only its pages change with the height.
 */
function reflow(reader: ReaderModel, size: Size, textWidth: number | undefined): ReaderModel {
	const anchor = anchorOfLine(reader.lines, reader.top);
	const sameRows = reader.complete && columnWidthFor(size, textWidth) === reader.columnWidth;
	const laidOut = sameRows ? {pages: paginate(reader.lines, bodyHeight(size))} : layoutReader(reader.issue, size, textWidth, reader.hyphenate);
	const next = {...reader, ...laidOut};
	return {...next, top: topForAnchor(next.lines, anchor)};
}

/** At the end of a story laid out whole, the issue is marked read, once a visit. */
function markReadAtEnd(model: Model): Update {
	const reader = model.reader!;
	if (reader.markedRead || !reader.complete || !isAtEnd(readerViewport(reader, model.size))) {
		return same(model);
	}

	const effects: Effect[] = readingStateOf(model.stored, reader.issue.id) === 'read' ? [] : [{type: 'mark-read', id: reader.issue.id, read: true}];
	return {model: {...model, reader: {...reader, markedRead: true}}, effects};
}

/** Moves the reader's top row; sends the position to save and, at the end, marks the issue read. */
function moveReader(model: Model, top: number): Update {
	const reader = model.reader!;
	if (top === reader.top) {
		return markReadAtEnd(model);
	}

	const moved: ReaderModel = {...reader, top};
	const viewport = readerViewport(moved, model.size);
	const save: Effect = {type: 'save-position', id: reader.issue.id, anchor: anchorOfTop(viewport), progress: progressOf(viewport)};
	const ended = markReadAtEnd({...model, reader: moved});
	return {model: ended.model, effects: [save, ...ended.effects]};
}

function excerptAt(issue: Issue, anchor: Anchor): string {
	const block = issue.story[anchor.block];
	if (!block) {
		return '';
	}

	const text = blockText(block).slice(anchor.offset).replace(/\s+/gu, ' ').trim();
	if (text.length <= 80) {
		return text;
	}

	const cut = text.slice(0, 80);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

function withStatus(model: Model, status: string | null): Model {
	return {...model, status};
}

/** `count`: the visible entries, which the caller has at hand (each count walks the whole library). */
function moveLibraryCursor(model: Model, cursor: number, count: number): Model {
	const height = bodyHeight(model.size);
	const clamped = Math.max(0, Math.min(cursor, count - 1));
	let {top} = model.library;
	if (clamped < top) {
		top = clamped;
	} else if (clamped >= top + height) {
		top = clamped - height + 1;
	}

	top = Math.max(0, Math.min(top, Math.max(0, count - height)));
	return {...model, library: {...model.library, cursor: clamped, top}};
}

function openScreen(model: Model, screen: Screen): Model {
	if (screen === 'help') {
		return {...model, screen, returnTo: {...model.returnTo, help: model.screen}};
	}

	if (screen === 'bookmarks') {
		return {...model, screen, bookmarkCursor: 0, returnTo: {...model.returnTo, bookmarks: model.screen}};
	}

	return {...model, screen};
}

function libraryIntent(model: Model, intent: Intent): Update {
	const entries = visibleEntries(model);
	const selected = entries[model.library.cursor];
	const height = bodyHeight(model.size);
	const text = uiText(model.language);
	switch (intent) {
		case 'move-up': {
			return same(moveLibraryCursor(model, model.library.cursor - 1, entries.length));
		}

		case 'move-down': {
			return same(moveLibraryCursor(model, model.library.cursor + 1, entries.length));
		}

		case 'page-up': {
			return same(moveLibraryCursor(model, model.library.cursor - height, entries.length));
		}

		case 'page-down': {
			return same(moveLibraryCursor(model, model.library.cursor + height, entries.length));
		}

		case 'first': {
			return same(moveLibraryCursor(model, 0, entries.length));
		}

		case 'last': {
			return same(moveLibraryCursor(model, entries.length - 1, entries.length));
		}

		case 'open': {
			if (!selected) {
				return same(model);
			}

			// Found by its text: open at the first match, the story search set to the filter.
			const hits = model.library.textHits;
			const firstMatch = hits?.query === model.library.filter ? hits.firstMatches[selected.id] : undefined;
			if (firstMatch) {
				return same(model, [{type: 'load-issue', id: selected.id, at: {block: firstMatch.block, offset: firstMatch.offset}, search: model.library.filter}]);
			}

			const issueState = model.stored.issues[selected.id];
			// A finished issue opens at its start again; any other where the reader left it.
			const finished = issueState?.read && (issueState.progress ?? 1) >= 0.99;
			return same(model, [{type: 'load-issue', id: selected.id, ...(issueState?.position && !finished ? {at: issueState.position} : {})}]);
		}

		case 'filter': {
			return same({...model, library: {...model.library, editingFilter: true}});
		}

		case 'toggle-unread-only': {
			const library: LibraryModel = {...model.library, unreadOnly: !model.library.unreadOnly, cursor: 0, top: 0};
			return same({...model, library});
		}

		case 'toggle-read': {
			if (!selected) {
				return same(model);
			}

			const read = readingStateOf(model.stored, selected.id) !== 'read';
			return same(withStatus(model, read ? text.markedRead : text.markedUnread), [{type: 'mark-read', id: selected.id, read}]);
		}

		case 'bookmarks': {
			return same(openScreen(model, 'bookmarks'));
		}

		case 'quit': {
			return same(model, [{type: 'quit'}]);
		}

		default: {
			return same(model);
		}
	}
}

function changeTextWidth(model: Model, delta: number): Update {
	const reader = model.reader!;
	const current = model.stored.settings.textWidth ?? defaultTextWidth;
	const textWidth = Math.max(minTextWidth, Math.min(maxTextWidth, current + delta));
	const next = reflow(reader, model.size, textWidth);
	const stored = {...model.stored, settings: {...model.stored.settings, textWidth}};
	const text = uiText(model.language);
	return same(
		{...model, stored, reader: next, status: text.widthChanged(next.columnWidth)},
		[{type: 'save-settings', settings: {textWidth}}],
	);
}

function goToMatch(model: Model, index: number): Update {
	const reader = model.reader!;
	const {matches} = reader.search;
	if (matches.length === 0) {
		return same(withStatus(model, uiText(model.language).searchNothing(reader.search.query)));
	}

	const current = (index + matches.length) % matches.length;
	const match = matches[current]!;
	const withSearch: Model = {...model, reader: {...reader, search: {...reader.search, current}}};
	const moved = moveReader(withSearch, topForAnchor(reader.lines, match));
	return {model: withStatus(moved.model, uiText(model.language).searchMatches(current + 1, matches.length)), effects: moved.effects};
}

function readerIntent(model: Model, intent: Intent, now: string): Update {
	const reader = model.reader!;
	const viewport = readerViewport(reader, model.size);
	const text = uiText(model.language);
	switch (intent) {
		case 'page-down': {
			return moveReader(model, nextPageTop(viewport));
		}

		case 'page-up': {
			return moveReader(model, previousPageTop(viewport));
		}

		case 'line-down': {
			return moveReader(model, reader.top >= lastTop(viewport) ? reader.top : reader.top + 1);
		}

		case 'line-up': {
			return moveReader(model, clampTop(viewport, reader.top - 1));
		}

		case 'first': {
			return moveReader(model, 0);
		}

		case 'last': {
			return moveReader(model, lastTop(viewport));
		}

		case 'next-section': {
			return moveReader(model, nextSectionRow(reader.lines, reader.top) ?? lastTop(viewport));
		}

		case 'previous-section': {
			return moveReader(model, previousSectionRow(reader.lines, reader.top) ?? 0);
		}

		case 'bookmark-here': {
			const anchor = anchorOfTop(viewport);
			const exists = model.stored.bookmarks.some(bookmark => bookmark.issue === reader.issue.id
				&& bookmark.anchor.block === anchor.block && bookmark.anchor.offset === anchor.offset);
			if (exists) {
				return same(withStatus(model, text.bookmarkExists));
			}

			const bookmark: Bookmark = {
				id: `${reader.issue.id}:${anchor.block}:${anchor.offset}`,
				issue: reader.issue.id,
				anchor,
				excerpt: excerptAt(reader.issue, anchor),
				created: now,
			};
			return same(withStatus(model, text.bookmarkAdded), [{type: 'add-bookmark', bookmark}]);
		}

		case 'bookmarks': {
			return same(openScreen(model, 'bookmarks'), [{type: 'flush'}]);
		}

		case 'search': {
			return same({...model, reader: {...reader, search: {query: '', editing: true, matches: [], current: -1}}});
		}

		case 'next-match': {
			return goToMatch(model, reader.search.current + 1);
		}

		case 'previous-match': {
			return goToMatch(model, reader.search.current - 1);
		}

		case 'teasers': {
			return reader.issue.teasers.length === 0
				? same(withStatus(model, text.noTeasers))
				: same({...openScreen(model, 'teasers'), teaserCursor: 0});
		}

		case 'wider': {
			return changeTextWidth(model, 4);
		}

		case 'narrower': {
			return changeTextWidth(model, -4);
		}

		case 'back': {
			return same({...model, screen: 'library'}, [{type: 'flush'}]);
		}

		default: {
			return same(model);
		}
	}
}

function bookmarksIntent(model: Model, intent: Intent): Update {
	const bookmarks = sortedBookmarks(model.stored);
	const selected = bookmarks[model.bookmarkCursor];
	const clampCursor = (cursor: number) => Math.max(0, Math.min(cursor, bookmarks.length - 1));
	switch (intent) {
		case 'move-up': {
			return same({...model, bookmarkCursor: clampCursor(model.bookmarkCursor - 1)});
		}

		case 'move-down': {
			return same({...model, bookmarkCursor: clampCursor(model.bookmarkCursor + 1)});
		}

		case 'open': {
			if (!selected) {
				return same(model);
			}

			if (!model.entries.some(entry => entry.id === selected.issue)) {
				return same(withStatus(model, uiText(model.language).bookmarkMissingIssue));
			}

			// The issue is open already: no need to read it from disk again.
			if (model.reader?.issue.id === selected.issue) {
				return openIssue(model, model.reader.issue, selected.anchor, undefined);
			}

			return same(model, [{type: 'load-issue', id: selected.issue, at: selected.anchor}]);
		}

		case 'delete': {
			if (!selected) {
				return same(model);
			}

			const stored = {...model.stored, bookmarks: model.stored.bookmarks.filter(bookmark => bookmark.id !== selected.id)};
			return same(
				{...model, stored, bookmarkCursor: Math.max(0, Math.min(model.bookmarkCursor, bookmarks.length - 2)), status: uiText(model.language).bookmarkDeleted},
				[{type: 'delete-bookmark', id: selected.id}],
			);
		}

		case 'back': {
			return same({...model, screen: model.reader && model.returnTo.bookmarks === 'reader' ? 'reader' : 'library'});
		}

		default: {
			return same(model);
		}
	}
}

function teasersIntent(model: Model, intent: Intent): Update {
	const teasers = model.reader?.issue.teasers ?? [];
	const selected = teasers[model.teaserCursor];
	switch (intent) {
		case 'move-up': {
			return same({...model, teaserCursor: Math.max(0, model.teaserCursor - 1)});
		}

		case 'move-down': {
			return same({...model, teaserCursor: Math.min(teasers.length - 1, model.teaserCursor + 1)});
		}

		case 'open': {
			if (!selected) {
				return same(model);
			}

			if (selected.id === null || !model.entries.some(entry => entry.id === selected.id)) {
				return same(withStatus(model, uiText(model.language).teaserNotStored));
			}

			const position = model.stored.issues[selected.id]?.position;
			return same(model, [{type: 'flush'}, {type: 'load-issue', id: selected.id, ...(position ? {at: position} : {})}]);
		}

		case 'back': {
			return same({...model, screen: 'reader'});
		}

		default: {
			return same(model);
		}
	}
}

/** Typing into the library filter or the story search: text keys edit, Enter keeps, Esc drops. */
function editText(value: string, key: KeyName): {value: string; done?: 'keep' | 'drop'} {
	if (key === 'enter') {
		return {value, done: 'keep'};
	}

	if (key === 'escape') {
		return {value: '', done: 'drop'};
	}

	if (key === 'backspace') {
		return {value: [...value].slice(0, -1).join('')};
	}

	if (key === 'space') {
		return {value: `${value} `};
	}

	return [...key].length === 1 ? {value: value + key} : {value};
}

/** Below this many characters a filter matches titles only: one letter would match every issue's text. */
export const minTextSearchLength = 3;

function filterKey(model: Model, key: KeyName): Update {
	const edited = editText(model.library.filter, key);
	const library: LibraryModel = {...model.library, filter: edited.value, editingFilter: edited.done === undefined, cursor: 0, top: 0};
	const changed = edited.value !== model.library.filter;
	const effects: Effect[] = changed && edited.value.trim().length >= minTextSearchLength ? [{type: 'search-text', query: edited.value}] : [];
	return same({...model, library}, effects);
}

function searchKey(model: Model, key: KeyName): Update {
	const reader = model.reader!;
	const edited = editText(reader.search.query, key);
	if (edited.done === undefined) {
		return same({...model, reader: {...reader, search: {...reader.search, query: edited.value}}});
	}

	if (edited.done === 'drop' || edited.value.trim() === '') {
		return same({...model, reader: {...reader, search: {query: '', editing: false, matches: [], current: -1}}});
	}

	const matches = findMatchesInStory(reader.issue.story, edited.value);
	const searched: Model = {...model, reader: {...reader, search: {query: edited.value, editing: false, matches, current: -1}}};
	// The first match at or after the top row: searching continues from where the reader is.
	const topAnchor = anchorOfTop(readerViewport(reader, model.size));
	const first = matches.findIndex(match => match.block > topAnchor.block || (match.block === topAnchor.block && match.offset >= topAnchor.offset));
	return goToMatch(searched, first === -1 ? 0 : first);
}

function keyAction(model: Model, key: KeyName, now: string): Update {
	const cleared = model.status === null ? model : withStatus(model, null);
	// Ctrl+C (the key map's force-quit, on every screen) quits even while text is typed.
	if (key === 'ctrl-c') {
		return same(cleared, [{type: 'quit'}]);
	}

	if (cleared.screen === 'library' && cleared.library.editingFilter) {
		return filterKey(cleared, key);
	}

	if (cleared.screen === 'reader' && cleared.reader?.search.editing) {
		return searchKey(cleared, key);
	}

	if (cleared.screen === 'help') {
		return same({...cleared, screen: cleared.returnTo.help});
	}

	const intent = intentFor(cleared.screen, key);
	if (intent === undefined) {
		return same(cleared);
	}

	if (intent === 'help') {
		return same(openScreen(cleared, 'help'));
	}

	switch (cleared.screen) {
		case 'library': {
			// Esc first clears a filter; only a plain library quits on it.
			if (intent === 'quit' && key === 'escape' && cleared.library.filter !== '') {
				return same({...cleared, library: {...cleared.library, filter: '', cursor: 0, top: 0}});
			}

			return libraryIntent(cleared, intent);
		}

		case 'reader': {
			return cleared.reader ? readerIntent(cleared, intent, now) : same({...cleared, screen: 'library'});
		}

		case 'bookmarks': {
			return bookmarksIntent(cleared, intent);
		}

		case 'teasers': {
			return teasersIntent(cleared, intent);
		}

		default: {
			return same(cleared);
		}
	}
}

function storyLength(issue: Issue): number {
	let length = 0;
	for (const block of issue.story) {
		length += blockText(block).length;
	}

	return length;
}

function openIssue(model: Model, issue: Issue, at: Anchor | undefined, query: string | undefined): Update {
	const {textWidth, hyphenate = true} = model.stored.settings;
	const long = storyLength(issue) > longStoryCharacters;
	const blocks = long ? blocksForFirstScreens(issue, at?.block ?? 0, columnWidthFor(model.size, textWidth), bodyHeight(model.size)) : issue.story.length;
	const laidOut = layoutReader(issue, model.size, textWidth, hyphenate, blocks);
	const top = at ? topForAnchor(laidOut.lines, at) : 0;
	const matches = query === undefined ? [] : findMatchesInStory(issue.story, query);
	// Opened at a match: that match is the current one, so n goes on from it.
	const current = at === undefined ? -1 : matches.findIndex(match => match.block === at.block && match.offset === at.offset);
	const search = {query: query ?? '', editing: false, matches, current};
	const reader: ReaderModel = {issue, ...laidOut, top, search, markedRead: false};
	// Opening is not moving: nothing to save, but a story that fits one screen is read at once.
	const opened = markReadAtEnd({...model, screen: 'reader', reader, status: null});
	return {model: opened.model, effects: laidOut.complete ? opened.effects : [...opened.effects, {type: 'finish-layout', id: issue.id}]};
}

/** The rest of a long story, laid out once its first screen is up; the same words stay on top. */
function layoutRest(model: Model, id: string): Update {
	const {reader} = model;
	if (!reader || reader.complete || reader.issue.id !== id) {
		return same(model);
	}

	return markReadAtEnd({...model, reader: reflow(reader, model.size, model.stored.settings.textWidth)});
}

function resize(model: Model, size: Size): Update {
	const resized: Model = {...model, size};
	const count = visibleEntries(model).length;
	if (!model.reader) {
		return same(moveLibraryCursor(resized, model.library.cursor, count));
	}

	const reader = reflow(model.reader, size, model.stored.settings.textWidth);
	return same(moveLibraryCursor({...resized, reader}, model.library.cursor, count));
}

export function update(model: Model, action: Action): Update {
	switch (action.type) {
		case 'key': {
			return keyAction(model, action.key, action.now);
		}

		case 'resize': {
			return resize(model, action.size);
		}

		case 'issue-loaded': {
			return openIssue(model, action.issue, action.at, action.search);
		}

		case 'layout-rest': {
			return layoutRest(model, action.id);
		}

		case 'text-hits': {
			return same({...model, library: {...model.library, textHits: action.hits}});
		}

		case 'issue-missing': {
			return same(withStatus(model, uiText(model.language).bookmarkMissingIssue));
		}

		case 'stored': {
			return same({...model, stored: action.state});
		}
	}
}
