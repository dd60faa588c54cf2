import {uiText} from '../i18n/ui-text.js';
import {readingStateOf} from '../store/reader-state.js';
import {libraryListHeight, type LibraryEntry, type Model, type Update} from './app-model.js';
import type {Intent} from './keymap.js';
import {visibleEntries} from './library-entries.js';
import {resumePosition} from './resume-position.js';
import {openScreen, same, withStatus} from './update-result.js';

/** The library screen's keys: the cursor, opening an issue, the read marks, the filter switch. */

/** `count`: the visible entries, which the caller has at hand (each count walks the whole library). */
export function moveLibraryCursor(model: Model, cursor: number, count: number): Model {
	const height = libraryListHeight(model.size);
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

/**
 * Where the selection goes when the list changes under it: the same issue when it is still
 * listed, else the nearest one after it in the library's order (the last one when none is).
 */
export function keptSelection(all: readonly LibraryEntry[], selected: LibraryEntry | undefined, shown: readonly LibraryEntry[]): number {
	if (selected === undefined) {
		return 0;
	}

	const kept = shown.indexOf(selected);
	if (kept !== -1) {
		return kept;
	}

	const order = new Map(all.map((entry, index) => [entry, index]));
	const at = order.get(selected) ?? 0;
	const after = shown.findIndex(entry => (order.get(entry) ?? 0) > at);
	return after === -1 ? shown.length - 1 : after;
}

function openSelected(model: Model, id: string): Update {
	// Found by its text: open at the first match, the story search set to the filter.
	const hits = model.library.textHits;
	const firstMatch = hits?.query === model.library.filter ? hits.firstMatches[id] : undefined;
	if (firstMatch) {
		return same(model, [{type: 'load-issue', id, at: {block: firstMatch.block, offset: firstMatch.offset}, search: model.library.filter}]);
	}

	return same(model, [{type: 'load-issue', id, ...resumePosition(model, id)}]);
}

export function libraryIntent(model: Model, intent: Intent): Update {
	const entries = visibleEntries(model);
	const selected = entries[model.library.cursor];
	const height = libraryListHeight(model.size);
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
			return selected ? openSelected(model, selected.id) : same(model);
		}

		case 'filter': {
			return same({...model, library: {...model.library, editingFilter: true}});
		}

		case 'toggle-unread-only': {
			const switched: Model = {...model, library: {...model.library, unreadOnly: !model.library.unreadOnly}};
			const shown = visibleEntries(switched);
			return same(moveLibraryCursor(switched, keptSelection(model.entries, selected, shown), shown.length));
		}

		case 'toggle-read': {
			if (!selected) {
				return same(model);
			}

			const text = uiText(model.language);
			const read = readingStateOf(model.stored, selected.id) !== 'read';
			return same(withStatus(model, read ? text.markedRead : text.markedUnread), [{type: 'mark-read', id: selected.id, read}]);
		}

		case 'bookmarks': {
			return same(openScreen(model, 'bookmarks'));
		}

		case 'quit': {
			return same(model, [{type: 'quit'}]);
		}

		// Esc never quits: with nothing to clear it says which key does.
		case 'clear-filter': {
			if (model.library.filter === '') {
				return same(withStatus(model, uiText(model.language).escapeClearsOnly));
			}

			const cleared: Model = {...model, library: {...model.library, filter: ''}};
			const shown = visibleEntries(cleared);
			return same(moveLibraryCursor(cleared, keptSelection(model.entries, selected, shown), shown.length));
		}

		default: {
			return same(model);
		}
	}
}
