import type {Effect, LibraryModel, Model, Update} from './app-model.js';
import type {KeyName} from './keymap.js';
import {findMatchesInStory} from '../search/find-matches.js';
import {goToMatch} from './reader-motion.js';
import {anchorOfTop, readerViewport} from './reader-viewport.js';
import {same} from './update-result.js';

/** Typing into a prompt: the library filter and the story search. */

/** Text keys edit, Enter keeps, Esc drops. */
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

export function filterKey(model: Model, key: KeyName): Update {
	const edited = editText(model.library.filter, key);
	const library: LibraryModel = {...model.library, filter: edited.value, editingFilter: edited.done === undefined, cursor: 0, top: 0};
	const changed = edited.value !== model.library.filter;
	const effects: Effect[] = changed && edited.value.trim().length >= minTextSearchLength ? [{type: 'search-text', query: edited.value}] : [];
	return same({...model, library}, effects);
}

export function searchKey(model: Model, key: KeyName): Update {
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
