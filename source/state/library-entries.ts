import {readingStateOf} from '../store/reader-state.js';
import type {LibraryEntry, Model} from './app-model.js';
import {foldForSearch} from './fold-for-search.js';

/**
 * The library's rows after the filter and the unread switch. The filter matches titles
 * (case- and ё-insensitive) as it is typed, and the issues' text once the search index
 * has answered for it (by the words' lemmas); issues whose title matches come first.
 */
export function visibleEntries(model: Pick<Model, 'entries' | 'library' | 'stored'>): LibraryEntry[] {
	const filter = foldForSearch(model.library.filter.trim());
	const textHits = model.library.textHits?.query === model.library.filter ? model.library.textHits : undefined;
	const hits = textHits?.firstMatches;
	const visible = model.entries.filter(entry =>
		(filter === '' || foldedTitle(entry).includes(filter) || (hits !== undefined && Object.hasOwn(hits, entry.id)))
		&& (!model.library.unreadOnly || readingStateOf(model.stored, entry.id) !== 'read'));
	if (filter === '') {
		return visible;
	}

	const inTitle = new Set(textHits?.inTitle);
	const titleMatches = (entry: LibraryEntry) => foldedTitle(entry).includes(filter) || inTitle.has(entry.id);
	// Stable: newest first within each part.
	return [...visible.filter(entry => titleMatches(entry)), ...visible.filter(entry => !titleMatches(entry))];
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
