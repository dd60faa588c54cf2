import type {LibraryEntry, Model, Update} from './app-model.js';
import {same, withStatus} from './update-result.js';

/**
 * Fetching subscriptions from the library: the key asks the shell to fetch; the shell
 * reports progress and the outcome as one status line, and hands over the library as it
 * now is. The issues the fetch brought go to the top, newest first, with the cursor on
 * the first of them; the rest keep their order.
 */

export function fetchIntent(model: Model): Update {
	return same(model, [{type: 'fetch-subscriptions'}]);
}

export function fetched(model: Model, entries: LibraryEntry[], fresh: readonly string[], status: string): Update {
	const isFresh = new Set(fresh);
	const ordered = [...entries.filter(entry => isFresh.has(entry.id)), ...entries.filter(entry => !isFresh.has(entry.id))];
	const library = fresh.length === 0 ? model.library : {...model.library, cursor: 0, top: 0};
	return same(withStatus({...model, entries: ordered, library}, status));
}
