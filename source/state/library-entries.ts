import {readingStateOf} from '../store/reader-state.js';
import type {LibraryEntry, Model} from './app-model.js';
import {foldForSearch} from './story-matches.js';

/** The library's rows after the title filter (case- and ё-insensitive) and the unread switch. */
export function visibleEntries(model: Pick<Model, 'entries' | 'library' | 'stored'>): LibraryEntry[] {
	const filter = foldForSearch(model.library.filter.trim());
	return model.entries.filter(entry =>
		(filter === '' || foldForSearch(entry.title).includes(filter))
		&& (!model.library.unreadOnly || readingStateOf(model.stored, entry.id) !== 'read'));
}
