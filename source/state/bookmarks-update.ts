import {uiText} from '../i18n/ui-text.js';
import {addBookmark, setBookmarkNote, sortedBookmarks} from '../store/reader-state.js';
import type {Model, Update} from './app-model.js';
import type {Intent, KeyName} from './keymap.js';
import {openIssue} from './open-issue.js';
import {editText} from './prompt-update.js';
import {same, withStatus} from './update-result.js';

/** The bookmarks screen's keys: move, jump to a bookmark, note, delete one and undo, back. */
export function bookmarksIntent(model: Model, intent: Intent): Update {
	const text = uiText(model.language);
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
				return same(withStatus(model, text.bookmarkMissingIssue));
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
				{...model, stored, deletedBookmark: selected, bookmarkCursor: Math.max(0, Math.min(model.bookmarkCursor, bookmarks.length - 2)), status: text.bookmarkDeleted},
				[{type: 'delete-bookmark', id: selected.id}],
			);
		}

		case 'undo': {
			const restored = model.deletedBookmark;
			if (!restored) {
				return same(withStatus(model, text.nothingToUndo));
			}

			// The same bookmark (id, time and all) goes back, so it takes its old place in the list.
			const stored = addBookmark(model.stored, restored);
			const cursor = sortedBookmarks(stored).findIndex(bookmark => bookmark.id === restored.id);
			return same({...model, stored, deletedBookmark: null, bookmarkCursor: Math.max(0, cursor), status: text.bookmarkRestored}, [{type: 'add-bookmark', bookmark: restored}]);
		}

		case 'edit-note': {
			return selected ? same({...model, bookmarkNote: selected.note ?? ''}) : same(model);
		}

		case 'back': {
			return same({...model, screen: model.reader && model.returnTo.bookmarks === 'reader' ? 'reader' : 'library'});
		}

		default: {
			return same(model);
		}
	}
}

/** A key while a bookmark's note is typed: Enter saves it (empty: removes it), Esc leaves it as it was. */
export function noteKey(model: Model, key: KeyName): Update {
	const edited = editText(model.bookmarkNote ?? '', key);
	if (edited.done === undefined) {
		return same({...model, bookmarkNote: edited.value});
	}

	const selected = sortedBookmarks(model.stored)[model.bookmarkCursor];
	const closed: Model = {...model, bookmarkNote: null};
	if (edited.done === 'drop' || !selected) {
		return same(closed);
	}

	const text = uiText(model.language);
	const stored = setBookmarkNote(model.stored, selected.id, edited.value);
	return same({...closed, stored, status: edited.value.trim() === '' ? text.noteRemoved : text.noteSaved}, [{type: 'set-bookmark-note', id: selected.id, note: edited.value.trim()}]);
}
