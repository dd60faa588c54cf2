import {readingStateOf} from '../store/reader-state.js';
import type {LibraryEntry, Model} from './app-model.js';
import {foldForSearch} from './fold-for-search.js';

/**
 * The library's rows after the filter and the unread switch. The filter matches titles
 * (case- and ё-insensitive) as it is typed, and the issues' text once the search index
 * has answered for it. Issues whose title matches come first, then those found only by
 * their text, each newest first.
 */
export function visibleEntries(model: Pick<Model, 'entries' | 'library' | 'stored'>): LibraryEntry[] {
	const filter = foldForSearch(model.library.filter.trim());
	const listed = (entry: LibraryEntry) => !model.library.unreadOnly || readingStateOf(model.stored, entry.id) !== 'read';
	if (filter === '') {
		return model.entries.filter(entry => listed(entry));
	}

	const textHits = model.library.textHits?.query === model.library.filter ? model.library.textHits : undefined;
	const hits = textHits?.firstMatches;
	// Titles with the words by their lemmas, as the index found them, count as title matches.
	const inTitle = new Set(textHits?.inTitle);

	const byTitle: LibraryEntry[] = [];
	const byText: LibraryEntry[] = [];
	for (const entry of model.entries) {
		if (!listed(entry)) {
			continue;
		}

		if (foldedTitle(entry).includes(filter) || inTitle.has(entry.id)) {
			byTitle.push(entry);
		} else if (hits !== undefined && Object.hasOwn(hits, entry.id)) {
			byText.push(entry);
		}
	}

	return [...byTitle, ...byText];
}

// Entries are never changed once made, so each title is folded once and not on every key.
const foldedTitles = new WeakMap<LibraryEntry, string>();

function foldedTitle(entry: LibraryEntry): string {
	let folded = foldedTitles.get(entry);
	if (folded === undefined) {
		folded = foldForSearch(entry.title);
		foldedTitles.set(entry, folded);
	}

	return folded;
}
