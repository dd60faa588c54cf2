import type {LibraryEntry} from '../state/app-model.js';

// The library is one array for the whole session: indexed once, not on every frame.
const indexes = new WeakMap<readonly LibraryEntry[], ReadonlyMap<string, LibraryEntry>>();

/** The library's entries by issue id (ids are unique: the catalog skips duplicates). */
export function entryById(entries: readonly LibraryEntry[]): ReadonlyMap<string, LibraryEntry> {
	let index = indexes.get(entries);
	if (index === undefined) {
		index = new Map(entries.map(entry => [entry.id, entry]));
		indexes.set(entries, index);
	}

	return index;
}
