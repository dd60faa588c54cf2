import {blockText, type Anchor, type Issue} from '../archive/issue.js';
import {uiText} from '../i18n/ui-text.js';
import {readingStateOf, type Bookmark} from '../store/reader-state.js';
import {defaultTextWidth, maxTextWidth, minTextWidth, textWidthOf, type Model, type Update} from './app-model.js';
import {neighbourIssue, type Neighbour} from './issue-neighbours.js';
import type {Intent} from './keymap.js';
import {reflow} from './reader-layout.js';
import {goToMatch, moveReader} from './reader-motion.js';
import {
	anchorOfTop, clampTop, lastScreenfulTop, nextPageTop, nextSectionRow, previousPageTop, previousSectionRow, readerViewport, showsEnd, type Viewport,
} from './reader-viewport.js';
import {resumePosition} from './resume-position.js';
import {openScreen, same, withStatus} from './update-result.js';

/**
 * The reader screen's keys: paging and scrolling as in less, sections, bookmarks, the
 * story search, other issues, the text width and hyphenation, and back.
 */

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

/** Lays the story out again with its anchor on top; the setting is saved. */
function relayout(model: Model, change: {textWidth: number} | {hyphenate: boolean}, status: (columnWidth: number) => string): Update {
	const reader = model.reader!;
	const textWidth = 'textWidth' in change ? change.textWidth : textWidthOf(model);
	const hyphenate = 'hyphenate' in change ? change.hyphenate : reader.hyphenate;
	const next = reflow(reader, model.size, textWidth, model.run.hyphenator, hyphenate);
	const stored = {...model.stored, settings: {...model.stored.settings, ...change}};
	// A width chosen here replaces the command line's for the rest of the run.
	const run = 'textWidth' in change ? {...model.run, textWidth: change.textWidth} : model.run;
	return same({...model, stored, run, reader: next, status: status(next.columnWidth)}, [{type: 'save-settings', settings: change}]);
}

function changeTextWidth(model: Model, delta: number): Update {
	const current = textWidthOf(model) ?? defaultTextWidth;
	const textWidth = Math.max(minTextWidth, Math.min(maxTextWidth, current + delta));
	return relayout(model, {textWidth}, uiText(model.language).widthChanged);
}

function toggleHyphenation(model: Model): Update {
	const hyphenate = !model.reader!.hyphenate;
	return relayout(model, {hyphenate}, () => uiText(model.language).hyphenation(hyphenate));
}

function bookmarkHere(model: Model, now: string): Update {
	const reader = model.reader!;
	const text = uiText(model.language);
	const anchor = anchorOfTop(readerViewport(reader, model.size));
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

function toggleRead(model: Model): Update {
	const {id} = model.reader!.issue;
	const text = uiText(model.language);
	const read = readingStateOf(model.stored, id) !== 'read';
	// Marked by hand: reading on to the end in this visit does not mark it again.
	const reader = {...model.reader!, markedRead: true};
	return same({...withStatus(model, read ? text.markedRead : text.markedUnread), reader}, [{type: 'mark-read', id, read}]);
}

function openNeighbour(model: Model, which: Neighbour): Update {
	const id = neighbourIssue(model, model.reader!.issue.id, which);
	if (id === undefined) {
		const text = uiText(model.language);
		return same(withStatus(model, which === 'next' ? text.noNextIssue : which === 'previous' ? text.noPreviousIssue : text.noUnreadIssue));
	}

	return same(model, [{type: 'flush'}, {type: 'load-issue', id, ...resumePosition(model, id)}]);
}

/** q: to the story a teaser was followed from, else to the library, or to the shell when the reader was opened from there. */
function back(model: Model): Update {
	const previous = model.history.at(-1);
	if (previous) {
		const reader = reflow(previous, model.size, textWidthOf(model), model.run.hyphenator);
		return same({...model, reader, history: model.history.slice(0, -1), screen: 'reader'}, [{type: 'flush'}]);
	}

	return model.run.quitsToShell ? same(model, [{type: 'quit'}]) : same({...model, screen: 'library'}, [{type: 'flush'}]);
}

/** Forward by `rows` while the end is not on screen yet: reading, so reaching the end marks the issue read. */
function scrollForward(model: Model, viewport: Viewport, rows: number): Update {
	// Past the last screenful only from a page cut short, where one row more already shows the end.
	const limit = Math.max(lastScreenfulTop(viewport), viewport.top + 1);
	return moveReader(model, showsEnd(viewport) ? viewport.top : Math.min(viewport.top + rows, limit), 'reading');
}

export function readerIntent(model: Model, intent: Intent, now: string): Update {
	const reader = model.reader!;
	const viewport = readerViewport(reader, model.size);
	const halfPage = Math.max(1, Math.floor(viewport.height / 2));
	switch (intent) {
		case 'page-down': {
			return moveReader(model, nextPageTop(viewport), 'reading');
		}

		case 'page-up': {
			return moveReader(model, previousPageTop(viewport), 'reading');
		}

		case 'half-page-down': {
			return scrollForward(model, viewport, halfPage);
		}

		case 'half-page-up': {
			return moveReader(model, clampTop(viewport, reader.top - halfPage), 'reading');
		}

		case 'line-down': {
			return scrollForward(model, viewport, 1);
		}

		case 'line-up': {
			return moveReader(model, clampTop(viewport, reader.top - 1), 'reading');
		}

		case 'first': {
			return moveReader(model, 0, 'jump');
		}

		case 'last': {
			return moveReader(model, lastScreenfulTop(viewport), 'jump');
		}

		case 'next-section': {
			return moveReader(model, nextSectionRow(reader.lines, reader.top) ?? lastScreenfulTop(viewport), 'jump');
		}

		case 'previous-section': {
			return moveReader(model, previousSectionRow(reader.lines, reader.top) ?? 0, 'jump');
		}

		case 'bookmark-here': {
			return bookmarkHere(model, now);
		}

		case 'bookmarks': {
			return same(openScreen(model, 'bookmarks'), [{type: 'flush'}]);
		}

		case 'search': {
			return same({...model, reader: {...reader, search: {...reader.search, editing: true, input: ''}}});
		}

		case 'next-match': {
			return goToMatch(model, reader.search.current + 1);
		}

		case 'previous-match': {
			return goToMatch(model, reader.search.current - 1);
		}

		case 'teasers': {
			return reader.issue.teasers.length === 0
				? same(withStatus(model, uiText(model.language).noTeasers))
				: same({...openScreen(model, 'teasers'), teaserCursor: 0});
		}

		case 'next-issue': {
			return openNeighbour(model, 'next');
		}

		case 'previous-issue': {
			return openNeighbour(model, 'previous');
		}

		case 'next-unread': {
			return openNeighbour(model, 'next-unread');
		}

		case 'toggle-read': {
			return toggleRead(model);
		}

		case 'wider': {
			return changeTextWidth(model, 4);
		}

		case 'narrower': {
			return changeTextWidth(model, -4);
		}

		case 'toggle-hyphenation': {
			return toggleHyphenation(model);
		}

		case 'back': {
			return back(model);
		}

		case 'library': {
			// From here on the reader is one opened from the library: q comes back to it.
			return same({...model, screen: 'library', history: [], run: {...model.run, quitsToShell: false}}, [{type: 'flush'}]);
		}

		default: {
			return same(model);
		}
	}
}
