import os from 'node:os';
import path from 'node:path';
import {progressThreshold} from '../cli/progress-bar.js';
import {readCatalogHead} from '../library/catalog-cache.js';
import {uiText} from '../i18n/ui-text.js';
import {initialModel, type Model} from '../state/app-model.js';
import {frameToAnsi} from '../ui/frame-row.js';
import {entryById} from '../ui/entry-by-id.js';
import {libraryFrame, type FirstFrame} from '../ui/library-frame.js';
import {openTerminalSession, type TerminalSession} from '../ui/terminal-session.js';
import type {SearchIndex} from '../search/search-index.js';
import type {TextHits} from '../state/app-model.js';
import type {CommandContext} from './command-context.js';
import {namesIssueFile} from './issue-file-argument.js';

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
		index ??= import('../search/search-index.js').then(({openSearchIndex}) => openSearchIndex({cacheDir: context.paths.cacheDir, archiveDir, watch: true, storyBlocks: () => context.readState().storyBlocks ?? []}));
		const results = await (await index).search(query, textHitLimit);
		return {
			firstMatches: Object.fromEntries(results.map(result => [result.id, result.matches[0] ?? null])),
			snippets: Object.fromEntries(results.map(result => [result.id, result.snippet])),
			inTitle: results.filter(result => result.titleMatches.length > 0).map(result => result.id),
		};
	};
}

/** The archive's folder as the header shows it: under the home folder, from `~`. */
function shownPath(dir: string): string {
	const home = os.homedir();
	return home !== '' && dir.startsWith(home + path.sep) ? `~${dir.slice(home.length)}` : dir;
}

/**
 * The library (`bell-reader`), or the reader on one issue (`latest`, `read <issue>`), in
 * the terminal. Ink is imported here, on demand, so that printing paths never load it;
 * the library's first frame is painted before it has loaded (Ink's import alone
 * takes several times a bare Node start).
 */
export async function interactiveCommand(context: CommandContext, query?: string): Promise<void> {
	const size = {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
	// Loaded while the first frame is painted: reading the archive's files is a part of its own.
	const loading = import('./load-issues.js');
	// A file named by its path is read, not imported, and opened as it is (as glow does); a
	// file that cannot be read is said before the screen is taken.
	const namedFile = query !== undefined && namesIssueFile(query) ? await (await loading).readNamedFile(context, query) : undefined;
	const stored = context.readState();
	const text = uiText(context.language);
	let session: TerminalSession | undefined;
	const skipped: string[] = [];

	const painted = (model: Model, first?: FirstFrame) => {
		session ??= openTerminalSession();
		process.stdout.write(frameToAnsi(libraryFrame(model, text, first)));
	};

	// The library's first frame comes from the catalog's cached head, before anything else
	// is read: with 10,000 issues, checking every file takes longer than the whole frame.
	const head = query === undefined ? readCatalogHead(context.archiveDir, context.paths.cacheDir) : undefined;
	const archive = {path: shownPath(context.archiveDir), sample: context.sampleArchive === true};
	const firstModel = initialModel({size, language: context.language, entries: head?.entries ?? [], stored, archive});
	if (head) {
		painted(firstModel, {total: head.total});
	}

	// A first run on a large archive reads every file: the frame says how far it has got.
	let paintedPercent = -1;
	const onProgress = (done: number, total: number) => {
		const percent = Math.floor((done / total) * 100);
		if (total >= progressThreshold && percent !== paintedPercent) {
			paintedPercent = percent;
			painted(firstModel, {...(head ? {total: head.total} : {}), reading: {done, total}});
		}
	};

	try {
		const {findEntry, issueReader, loadCatalog} = await loading;
		// Files skipped while the full screen is up are reported once it is gone.
		const catalog = await loadCatalog({...context, warn: line => (session ? skipped.push(line) : context.warn(line))}, {onProgress});
		const openEntry = query === undefined || namedFile !== undefined ? undefined : findEntry(context, catalog, query);
		// --width and --full hold for this run; a reader opened on one issue quits to the shell on q.
		const run = {full: context.flags.full, quitsToShell: query !== undefined, ...(context.flags.width === undefined ? {} : {textWidth: context.flags.width})};
		// The catalog's entries serve as they are: one set of 10,000 objects, not two.
		const initial = initialModel({size, language: context.language, entries: catalog.entries, stored, run, archive});
		// The library only: painted again over a frame that showed the progress (or over none).
		if (query === undefined && (session === undefined || paintedPercent !== -1)) {
			painted(initial);
		}

		session ??= openTerminalSession();
		const [first, store, {runInteractive}] = await Promise.all([
			// Inside the full-screen reader a bad file shows as a status message, not a stderr line.
			issueReader({...context, warn() {}}, catalog),
			context.openStore(),
			import('../ui/run-interactive.js'),
		]);
		const quitting = new AbortController();
		// Replaced when a fetch from the library brings new issues.
		let read = first;
		let byId = entryById(catalog.entries);
		const loadIssue = (id: string) => {
			if (id === namedFile?.id) {
				return namedFile;
			}

			const entry = byId.get(id);
			return entry && read(entry);
		};

		const fetchNew = async (progress: (status: string) => void) => {
			// Loaded on the key: the network and the importers are no cost to opening the library.
			const {libraryFetcher} = await import('./library-fetch.js');
			const {catalog: fresh, fresh: ids, status} = await libraryFetcher(context, store, quitting.signal)(progress);
			read = await issueReader({...context, warn() {}}, fresh);
			byId = entryById(fresh.entries);
			return {entries: fresh.entries, fresh: ids, status};
		};

		const open = namedFile ?? (openEntry && loadIssue(openEntry.id));
		try {
			await runInteractive({
				initial, loadIssue, searchText: textSearcher(context, catalog.dir), fetchSubscriptions: fetchNew, store, session, ...(open ? {open} : {}),
			});
		} finally {
			// A fetch under way stops at its next item; what it wrote is whole.
			quitting.abort(new Error('quit'));
		}
	} finally {
		session?.restore();
		for (const line of skipped) {
			context.warn(line);
		}
	}
}
