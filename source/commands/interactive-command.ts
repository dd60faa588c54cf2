import {readCatalogHead} from '../library/catalog.js';
import {uiText} from '../i18n/ui-text.js';
import {initialModel} from '../state/app-model.js';
import {frameToAnsi} from '../ui/frame-row.js';
import {libraryFrame} from '../ui/library-frame.js';
import {openTerminalSession, type TerminalSession} from '../ui/terminal-session.js';
import type {SearchIndex} from '../search/search-index.js';
import type {TextHits} from '../state/app-model.js';
import type {CommandContext} from './command-context.js';
import {findEntry, issueReader, loadCatalog} from './load-issues.js';

/** Most issues the library's filter shows as found by their text. */
const textHitLimit = 100;

/**
 * The library filter's full-text search: the index is opened on the first search (built,
 * the first time, from the whole archive) and kept, watching the archive for changes.
 */
function textSearcher(context: CommandContext, archiveDir: string): (query: string) => Promise<Omit<TextHits, 'query'>> {
	let index: Promise<SearchIndex> | undefined;
	return async query => {
		// Notes (a rebuilt index, the fallback engine) would print over the full-screen reader.
		index ??= import('../search/search-index.js').then(({openSearchIndex}) => openSearchIndex({cacheDir: context.paths.cacheDir, archiveDir, watch: true}));
		const results = await (await index).search(query, textHitLimit);
		return {
			firstMatches: Object.fromEntries(results.map(result => [result.id, result.matches[0] ?? null])),
			snippets: Object.fromEntries(results.map(result => [result.id, result.snippet])),
			inTitle: results.filter(result => result.titleMatches.length > 0).map(result => result.id),
		};
	};
}

/**
 * The library (`bell-reader`), or the reader on one issue (`latest`, `read <issue>`), in
 * the terminal. Ink is imported here, on demand, so that printing paths never load it;
 * the library's first frame is painted before it has loaded (Ink's import alone
 * takes several times a bare Node start).
 */
export async function interactiveCommand(context: CommandContext, query?: string): Promise<void> {
	const size = {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
	const stored = context.readState();
	const text = uiText(context.language);
	let session: TerminalSession | undefined;
	// Files skipped while the full screen is up are reported once it is gone.
	const skipped: string[] = [];

	if (query === undefined) {
		// The library's first frame comes from the catalog's cached head, before anything else
		// is read: with 10,000 issues, checking every file takes longer than the whole frame.
		const head = readCatalogHead(context.archiveDir, context.paths.cacheDir);
		if (head) {
			session = openTerminalSession();
			process.stdout.write(frameToAnsi(libraryFrame(initialModel({size, language: context.language, entries: head.entries, stored}), text, head.total)));
		}
	}

	try {
		const catalog = await loadCatalog(session ? {...context, warn: line => skipped.push(line)} : context);
		const openEntry = query === undefined ? undefined : findEntry(context, catalog, query);
		// The catalog's entries serve as they are: one set of 10,000 objects, not two.
		// --width and --full hold for this run; a reader opened on one issue quits to the shell on q.
		const run = {full: context.flags.full, quitsToShell: query !== undefined, ...(context.flags.width === undefined ? {} : {textWidth: context.flags.width})};
		const initial = initialModel({size, language: context.language, entries: catalog.entries, stored, run});
		if (!session) {
			session = openTerminalSession();
			if (openEntry === undefined) {
				process.stdout.write(frameToAnsi(libraryFrame(initial, text)));
			}
		}

		const [read, store, {runInteractive}] = await Promise.all([
			// Inside the full-screen reader a bad file shows as a status message, not a stderr line.
			issueReader({...context, warn() {}}, catalog),
			context.openStore(),
			import('../ui/run-interactive.js'),
		]);
		const byId = new Map(catalog.entries.map(entry => [entry.id, entry]));
		const loadIssue = (id: string) => {
			const entry = byId.get(id);
			return entry && read(entry);
		};

		const open = openEntry && loadIssue(openEntry.id);
		await runInteractive({entries: initial.entries, initial, loadIssue, searchText: textSearcher(context, catalog.dir), store, session, ...(open ? {open} : {})});
	} finally {
		session?.restore();
		for (const line of skipped) {
			context.warn(line);
		}
	}
}
