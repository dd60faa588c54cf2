import {readingStateOf} from '../store/reader-state.js';
import type {LibraryEntry, Model} from './app-model.js';
import {visibleEntries} from './library-entries.js';

/**
 * The issues around the open one in the library's order (its filter and unread switch
 * included, as the reader came from there), for J, K and U in the reader.
 */

export type Neighbour = 'next' | 'previous' | 'next-unread';

function libraryOrder(model: Model, id: string): {entries: LibraryEntry[]; index: number} {
	const shown = visibleEntries(model);
	const index = shown.findIndex(entry => entry.id === id);
	// Not listed (read since the unread switch was set, or filtered out): the whole library.
	return index === -1 ? {entries: model.entries, index: model.entries.findIndex(entry => entry.id === id)} : {entries: shown, index};
}

/** The id of the issue to open, or undefined when there is none that way. */
export function neighbourIssue(model: Model, id: string, which: Neighbour): string | undefined {
	const {entries, index} = libraryOrder(model, id);
	if (index === -1) {
		return undefined;
	}

	switch (which) {
		case 'next': {
			return entries[index + 1]?.id;
		}

		case 'previous': {
			return index > 0 ? entries[index - 1]?.id : undefined;
		}

		case 'next-unread': {
			return entries.slice(index + 1).find(entry => readingStateOf(model.stored, entry.id) !== 'read')?.id;
		}
	}
}
