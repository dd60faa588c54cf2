import type {LibraryEntry} from '../state/app-model.js';

// The library is one array for the whole session: indexed once, not on every frame.
const indexes = new WeakMap<readonly LibraryEntry[], ReadonlyMap<string, LibraryEntry>>();

/** The library's entries by issue id (ids are unique: the catalog skips duplicates). */
export function entryById<Entry extends LibraryEntry>(entries: readonly Entry[]): ReadonlyMap<string, Entry> {
	let index = indexes.get(entries);
	if (index === undefined) {
		index = new Map(entries.map(entry => [entry.id, entry]));
		indexes.set(entries, index);
	}

	// Indexed from this very array, so its entries are of its type.
	return index as ReadonlyMap<string, Entry>;
}
