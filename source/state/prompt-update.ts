import type {Effect, LibraryModel, Model, Update} from './app-model.js';
import type {KeyName} from './keymap.js';
import {findMatchesInStory} from '../search/find-matches.js';
import {goToMatch} from './reader-motion.js';
import {anchorOfTop, readerViewport} from './reader-viewport.js';
import {same} from './update-result.js';
import {visibleEntries} from './library-entries.js';
import {keptSelection, libraryIntent, moveLibraryCursor} from './library-update.js';

/** Typing into a prompt: the library filter and the story search (and the editing every prompt shares). */

/** Text keys edit, Enter keeps, Esc drops. */
export function editText(value: string, key: KeyName): {value: string; done?: 'keep' | 'drop'} {
	if (key === 'enter') {
		return {value, done: 'keep'};
	}

	if (key === 'escape') {
		return {value: '', done: 'drop'};
	}

	if (key === 'backspace') {
		return {value: [...value].slice(0, -1).join('')};
	}

	// As in a shell's line editor.
	if (key === 'ctrl-u') {
		return {value: ''};
	}

	if (key === 'space') {
		return {value: `${value} `};
	}

	return [...key].length === 1 ? {value: value + key} : {value};
}

/** Below this many characters a filter matches titles only: one letter would match every issue's text. */
export const minTextSearchLength = 3;

/**
 * A key while the filter is typed: text keys edit it (the best match selected), ↑/↓ move
 * the selection, Enter opens the selected issue with the filter kept, Esc drops the filter
 * and keeps the selection.
 */
export function filterKey(model: Model, key: KeyName): Update {
	if (key === 'up' || key === 'down') {
		return same(moveLibraryCursor(model, model.library.cursor + (key === 'up' ? -1 : 1), visibleEntries(model).length));
	}

	const edited = editText(model.library.filter, key);
	const changed = edited.value !== model.library.filter;
	const library: LibraryModel = {...model.library, filter: edited.value, editingFilter: edited.done === undefined};
	const effects: Effect[] = changed && edited.value.trim().length >= minTextSearchLength ? [{type: 'search-text', query: edited.value}] : [];
	const typed: Model = {...model, library};
	if (edited.done === 'keep') {
		return libraryIntent(typed, 'open');
	}

	if (edited.done === 'drop') {
		const shown = visibleEntries(typed);
		return same(moveLibraryCursor(typed, keptSelection(model.entries, visibleEntries(model)[model.library.cursor], shown), shown.length));
	}

	return same(changed ? {...typed, library: {...library, cursor: 0, top: 0}} : typed, effects);
}

export function searchKey(model: Model, key: KeyName): Update {
	const reader = model.reader!;
	const edited = editText(reader.search.input, key);
	if (edited.done === undefined) {
		return same({...model, reader: {...reader, search: {...reader.search, input: edited.value}}});
	}

	const closed: Model = {...model, reader: {...reader, search: {...reader.search, editing: false, input: ''}}};
	// Esc keeps the last pattern; Enter on an empty prompt searches for it again (as less does).
	if (edited.done === 'drop') {
		return same(closed);
	}

	if (edited.value.trim() === '') {
		return reader.search.query === '' ? same(closed) : goToMatch(closed, reader.search.current + 1);
	}

	const matches = findMatchesInStory(reader.issue.story, edited.value);
	const searched: Model = {...model, reader: {...reader, search: {query: edited.value, editing: false, input: '', matches, current: -1}}};
	// The first match at or after the top row: searching continues from where the reader is.
	const topAnchor = anchorOfTop(readerViewport(reader, model.size));
	const first = matches.findIndex(match => match.block > topAnchor.block || (match.block === topAnchor.block && match.offset >= topAnchor.offset));
	return goToMatch(searched, first === -1 ? 0 : first);
}
