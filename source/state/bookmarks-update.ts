import {uiText} from '../i18n/ui-text.js';
import {sortedBookmarks} from '../store/reader-state.js';
import type {Model, Update} from './app-model.js';
import type {Intent} from './keymap.js';
import {openIssue} from './open-issue.js';
import {same, withStatus} from './update-result.js';

/** The bookmarks screen's keys: move, jump to a bookmark, delete one, back. */
export function bookmarksIntent(model: Model, intent: Intent): Update {
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
