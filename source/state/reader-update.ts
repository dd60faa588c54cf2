import {blockText, type Anchor, type Issue} from '../archive/issue.js';
import {uiText} from '../i18n/ui-text.js';
import type {Bookmark} from '../store/reader-state.js';
import {defaultTextWidth, maxTextWidth, minTextWidth, type Model, type Update} from './app-model.js';
import type {Intent} from './keymap.js';
import {reflow} from './reader-layout.js';
import {goToMatch, moveReader} from './reader-motion.js';
import {
	anchorOfTop, clampTop, lastTop, nextPageTop, nextSectionRow, previousPageTop, previousSectionRow, readerViewport,
} from './reader-viewport.js';
import {openScreen, same, withStatus} from './update-result.js';

/** The reader screen's keys: paging, sections, bookmarks, the story search, the text width. */

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

export function readerIntent(model: Model, intent: Intent, now: string): Update {
	const reader = model.reader!;
	const viewport = readerViewport(reader, model.size);
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
			return bookmarkHere(model, now);
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
				? same(withStatus(model, uiText(model.language).noTeasers))
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
