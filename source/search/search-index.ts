import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pathKey} from '../archive/path-key.js';
import type {ArchiveWarning} from '../archive/file-problem.js';
import {noArchiveWatch, type ArchiveWatch} from '../library/archive-watch.js';
import {readCatalog, readPrintedCatalog, updateCatalogFiles, type Catalog} from '../library/catalog.js';
import {watchFolder, type FolderWatcher} from '../library/folder-watcher.js';
import {loadIssueParsers} from '../library/issue-parsers.js';
import {learnedAtRevision, learnedBoilerplate, type StoryChoice} from '../library/learned-boilerplate-cache.js';
import {writeCacheFile} from '../library/write-file-atomically.js';
import type {LearnedBoilerplate} from '../archive/learned-boilerplate.js';
import type {EngineName, RebuildReason, SearchOptions} from './index-backend.js';
import {asSearchQuery, type SearchQuery} from './parse-query.js';
import {openSearchEngine} from './search-engine.js';
import {resultReader, type SearchResult} from './search-results.js';
import {indexEntries, syncIndex, type ProgressListener, type SyncReport} from './sync-index.js';

export {builtinEngineReason} from './search-engine.js';
export type {SearchResult} from './search-results.js';
export type {SearchOptions} from './index-backend.js';

/**
 * The archive search as a library: the `search` command and the reader's library call this.
 * Every search first brings the index in line with the catalog (the one owner of what is on
 * disk), so an answer never comes from a stale index. A long-lived index (`watch`, the
 * reader's library) asks the catalog again only after the archive folder reported a change.
 * The index lives in `<cacheDir>/search/`, one per archive folder.
 */

export type SearchNote =
	/** The stored index was corrupt or from an older version, and was built anew. */
	| {kind: 'rebuilt'; reason: RebuildReason}
	/** better-sqlite3 could not be loaded: the built-in engine answers instead. */
	| {kind: 'fallback'; reason: string}
	/** A file in the archive that is not searchable (as the catalog reports it). */
	| {kind: 'skipped'; warning: ArchiveWarning};

export type SearchIndexOptions = {
	/** `$XDG_CACHE_HOME/bell-reader` (see `appPaths`). */
	cacheDir: string;
	archiveDir: string;
	/** `builtin` skips SQLite (for tests, or BELL_READER_SEARCH_ENGINE=builtin). */
	engine?: 'auto' | 'builtin';
	/** Called while files are read: `done` of `total` (the catalog's, then the index's). */
	onProgress?: ProgressListener;
	onNote?: (note: SearchNote) => void;
	/** Characters of excerpt per result. */
	snippetLength?: number;
	/**
	 * Watch the archive folder, and ask the catalog again only after it reported a change.
	 * For a long-lived process such as the reader: a search then costs milliseconds instead
	 * of a stat of every file. Off by default: a one-off search checks every file (through
	 * the catalog), unless an archive watcher vouches for the archive.
	 */
	watch?: boolean;
	/** The archive watcher (`bell-reader watch`), for a one-off search. */
	archiveWatch?: ArchiveWatch;
	/** Learned boilerplate the user keeps as story (from the state), asked at each refresh. */
	storyBlocks?: () => readonly StoryChoice[];
};

export type SearchIndex = {
	readonly engine: EngineName;
	/** Brings the index in line with the archive; `search` does this by itself. */
	refresh(): Promise<SyncReport>;
	/** Best first unless `options` say otherwise. A string is parsed with `parseQuery`; one without words finds nothing. */
	search(query: SearchQuery | string, limit: number, options?: SearchOptions): Promise<SearchResult[]>;
	close(): void;
};

export async function openSearchIndex(options: SearchIndexOptions): Promise<SearchIndex> {
	const {archiveDir, cacheDir, onNote, onProgress} = options;
	const index = await openSearchEngine({cacheDir, archiveDir, engine: options.engine, onNote});
	const results = resultReader(options.snippetLength);
	const folderWatcher: FolderWatcher | undefined = options.watch === true ? watchFolder(archiveDir) : undefined;
	const archiveWatch = options.watch === true ? noArchiveWatch : options.archiveWatch ?? noArchiveWatch;
	let lastReport: SyncReport | undefined;
	let boilerplate: LearnedBoilerplate | undefined;
	const learnedMark = indexedBoilerplatePath(cacheDir, archiveDir);
	// The catalog the index was last brought in line with, kept by a watching index.
	let lastCatalog: Catalog | undefined;

	/** The index in line with this catalog: read what changed, drop what went. */
	async function syncWith(catalog: Catalog): Promise<SyncReport> {
		boilerplate = await learnedBoilerplate(catalog, cacheDir, options.storyBlocks?.() ?? []);
		// Stories parsed under another learned boilerplate are read again, all of them.
		const relearned = readIndexedBoilerplate(learnedMark) !== boilerplate.storyId;
		// The catalog's revision the index was last brought in line with: while it is the
		// same, no file changed since, and nothing needs comparing.
		const verified = catalog.revision === undefined ? undefined : index.run(backend => backend.verified());
		if (!relearned && verified !== undefined && verified.generation === catalog.revision) {
			return {indexed: 0, removed: 0, skipped: [...catalog.warnings]};
		}

		// Decided from the catalog, not the index: comparing with the index is the sync's own work.
		const markdown = catalog.entries.some(entry => entry.format === 'markdown');
		const parsers = {...await loadIssueParsers(markdown), boilerplate};
		const report = index.run(backend => syncIndex(backend, catalog, parsers, onProgress, relearned));
		if (relearned) {
			writeCacheFile(learnedMark, boilerplate.storyId);
		}

		if (catalog.revision !== undefined) {
			index.run(backend => {
				backend.setVerified({generation: catalog.revision!, skipped: report.skipped, markdown, links: catalog.links});
			});
		}

		return report;
	}

	async function refresh(): Promise<SyncReport> {
		// Taken before the catalog is read: a change reported meanwhile is seen next time.
		folderWatcher?.takeChanges();
		// An unchanged catalog at the revision the index was synced to, with the boilerplate
		// learned at that revision: nothing to read or compare. A watching index keeps the
		// catalog itself, to look again at just the files that change.
		const unchanged = folderWatcher === undefined ? await readPrintedCatalog(archiveDir, cacheDir, archiveWatch) : undefined;
		const learned = unchanged?.revision === undefined ? undefined : learnedAtRevision(cacheDir, archiveDir, unchanged.revision, options.storyBlocks?.() ?? []);
		if (unchanged !== undefined && learned !== undefined && readIndexedBoilerplate(learnedMark) === learned.storyId
			&& index.run(backend => backend.verified())?.generation === unchanged.revision) {
			boilerplate = learned;
			folderWatcher?.cover();
			lastReport = {indexed: 0, removed: 0, skipped: [...unchanged.warnings]};
			return lastReport;
		}

		const catalog = await readCatalog(archiveDir, cacheDir, {watch: archiveWatch, onProgress});
		folderWatcher?.cover();
		lastReport = await syncWith(catalog);
		lastCatalog = folderWatcher === undefined ? undefined : catalog;
		results.forget();
		return lastReport;
	}

	/**
	 * Watching: only the files the system named, when they are issues edited in place; the
	 * whole catalog otherwise. The index's catalog revision stays as it was: the catalog on
	 * disk has not been told, and the next full reading finds these files changed (and
	 * learns the boilerplate again).
	 */
	async function refreshFiles(files: ReadonlySet<string>): Promise<SyncReport> {
		const updated = lastCatalog === undefined ? undefined : await updateCatalogFiles(lastCatalog, files);
		if (updated === undefined || lastReport === undefined) {
			return refresh();
		}

		lastCatalog = updated.catalog;
		const parsers = {...await loadIssueParsers(updated.changed.some(entry => entry.format === 'markdown')), ...(boilerplate === undefined ? {} : {boilerplate})};
		const report = index.run(backend => indexEntries(backend, updated.changed, parsers));
		results.forget(updated.changed.map(entry => entry.file));
		lastReport = {indexed: report.indexed, removed: 0, skipped: [...lastReport.skipped, ...report.skipped]};
		return lastReport;
	}

	/** Up to date before a search. Watching, the catalog is asked again only after a change. */
	async function freshReport(): Promise<SyncReport> {
		if (folderWatcher !== undefined && lastReport !== undefined) {
			const changes = folderWatcher.takeChanges();
			if (changes !== 'all') {
				return changes.size === 0 ? lastReport : refreshFiles(changes);
			}
		}

		return refresh();
	}

	async function search(query: SearchQuery | string, limit: number, options?: SearchOptions): Promise<SearchResult[]> {
		const parsed = asSearchQuery(query);
		if (parsed === undefined) {
			return [];
		}

		const report = await freshReport();
		for (const warning of report.skipped) {
			onNote?.({kind: 'skipped', warning});
		}

		let rebuilt = false;
		let ranked = index.run(backend => backend.search(parsed, limit, options), () => {
			rebuilt = true;
		});
		if (rebuilt) {
			// The index was found corrupt and built anew while searching: fill it, then ask again.
			await refresh();
			ranked = index.run(backend => backend.search(parsed, limit, options));
		}

		return results.resultsFor(ranked, parsed, boilerplate);
	}

	return {
		get engine() {
			return index.backend.engine;
		},
		refresh,
		search,
		close() {
			folderWatcher?.close();
			index.close();
		},
	};
}

/** Beside the index: the learned boilerplate its stories were parsed under. */
function indexedBoilerplatePath(cacheDir: string, archiveDir: string): string {
	return path.join(cacheDir, 'search', `${pathKey(path.resolve(archiveDir))}.boilerplate`);
}

function readIndexedBoilerplate(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}
