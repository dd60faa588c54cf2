import {readingMinutes} from '../archive/reading-time.js';
import {loadHyphenationPatterns} from '../layout/hyphenation.js';
import type {CommandContext} from './command-context.js';
import {findEntry, issueReader, loadCatalog} from './load-issues.js';

/**
 * The library (`bell-reader`), or the reader on one issue (`latest`, `read <issue>`), in
 * the terminal. Ink is imported here, on demand, so that printing paths never load it.
 */
export async function interactiveCommand(context: CommandContext, query?: string): Promise<void> {
	const catalog = await loadCatalog(context);
	const byId = new Map(catalog.entries.map(entry => [entry.id, entry]));
	const [read, store, {runInteractive}] = await Promise.all([
		issueReader(context, catalog),
		context.openStore(),
		import('../ui/run-interactive.js'),
		// The reader hyphenates (a setting, on by default).
		loadHyphenationPatterns(),
	]);
	const loadIssue = (id: string) => {
		const entry = byId.get(id);
		return entry && read(entry);
	};

	const open = query === undefined ? undefined : loadIssue(findEntry(context, catalog, query).id);
	const entries = catalog.entries.map(entry => ({id: entry.id, title: entry.title, date: entry.date, words: entry.words, minutes: readingMinutes(entry.words)}));
	await runInteractive({entries, loadIssue, store, language: context.language, ...(open ? {open} : {})});
}
