import {listArchive, type ArchiveListing} from '../archive/archive-folder.js';
import {issueFormatOf} from '../archive/issue-file.js';
import {loadMarkdownParser} from '../archive/issue-from-bytes.js';
import {createHash} from 'node:crypto';
import {mkdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {ArchiveWarning} from '../archive/file-problem.js';
import {blockText, type Issue} from '../archive/issue.js';
import {readIssueFile} from '../archive/load-archive.js';
import {openFallbackIndex} from './fallback-index.js';
import {watchFolder, type FolderWatcher} from './folder-watcher.js';
import {findMatchesInBlocks, findMatchesInWords, type StoryMatch, type TextMatch} from './find-matches.js';
import {isCorruptionError, openFts5Index, type SqliteModule} from './fts5-index.js';
import {UnusableIndexError, type EngineName, type IndexBackend, type RebuildReason} from './index-backend.js';
import {asSearchQuery, type SearchQuery} from './parse-query.js';
import {buildSnippet, defaultSnippetLength, type Snippet} from './snippet.js';
import {splitWords, type Word} from './tokenize.js';
import {syncChangedFiles, syncIndex, type ProgressListener, type SyncReport} from './sync-index.js';
import {stillHolds, type ArchiveWatch} from '../watch/archive-watch.js';

/**
 * The archive search as a library: the `search` command and the reader's library call this.
 * Every search first brings the index in line with the archive folder, so an answer never
 * comes from a stale index; only the first sync of an index opened without `watch` takes the
 * list of files made when it was opened (files edited or deleted since are still noticed).
 * Opened without `watch` but with an archive watcher that gives the generation stored with
 * the index's last full check, the index is in line with the archive and is not synced.
 * The index lives in `<cacheDir>/search/`, one per archive folder.
 */

export type SearchNote =
	/** The stored index was corrupt or from an older version, and was built anew. */
	| {kind: 'rebuilt'; reason: RebuildReason}
	/** better-sqlite3 could not be loaded: the built-in engine answers instead. */
	| {kind: 'fallback'; reason: string}
	/** A file in the archive that is not searchable (as `loadArchive` reports it). */
	| {kind: 'skipped'; warning: ArchiveWarning};

export type SearchIndexOptions = {
	/** `$XDG_CACHE_HOME/bell-reader` (see `appPaths`). */
	cacheDir: string;
	archiveDir: string;
	/** `builtin` skips SQLite (for tests, or BELL_READER_SEARCH_ENGINE=builtin). */
	engine?: 'auto' | 'builtin';
	/** Called while files are (re)indexed: `done` of `total`. */
	onProgress?: ProgressListener;
	onNote?: (note: SearchNote) => void;
	/** Characters of excerpt per result. */
	snippetLength?: number;
	/**
	 * Watch the archive folder, and check every file again only after it reported a change.
	 * For a long-lived process such as the reader: a search then costs a query alone instead
	 * of a stat of every file. A change counts from the moment the system reports it (almost
	 * at once). Off by default: a one-off search checks every file.
	 */
	watch?: boolean;
	/** The archive watcher, for an index opened without `watch` (a one-off search). */
	archiveWatch?: ArchiveWatch;
};

export type SearchResult = {
	id: string;
	date: string | null;
	title: string;
	/** The archive file. */
	path: string;
	/** BM25; higher is better. Comparable within one answer only. */
	score: number;
	/** The issue as read for this answer, to open at `matches[0]`. */
	issue: Issue;
	/** Matches in the title, for highlighting it. */
	titleMatches: TextMatch[];
	/** Matches in the story, in reading order: anchors into `blockText(story[block])`. */
	matches: StoryMatch[];
	snippet: Snippet;
};

export type SearchIndex = {
	readonly engine: EngineName;
	/** Updates the index from the archive folder; `search` does this by itself. */
	refresh(): SyncReport;
	/** Best first. A string is parsed with `parseQuery`; one without words finds nothing. */
	search(query: SearchQuery | string, limit: number): SearchResult[];
	close(): void;
};

/** Parsed issues kept between searches of a long-lived index. */
const issueCacheSize = 100;

/** An issue read for highlighting, with its words split once. */
type ReadIssue = {issue: Issue; titleWords: Word[]; blockWords: Word[][]};

export const builtinEngineReason = 'BELL_READER_SEARCH_ENGINE=builtin';

/** The SQLite module, or why it cannot be used. Loaded only when a search needs it. */
async function loadSqlite(): Promise<SqliteModule | string> {
	try {
		const module = await import('better-sqlite3') as {default: SqliteModule};
		const probe = new module.default(':memory:');
		try {
			// Some system builds of SQLite leave FTS5 out; better-sqlite3's own has it.
			probe.exec('CREATE VIRTUAL TABLE probe USING fts5(text)');
		} finally {
			probe.close();
		}

		return module.default;
	} catch (error) {
		return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
	}
}

/** One index per archive folder, named by a hash of its path. */
function indexFileBase(cacheDir: string, archiveDir: string): string {
	const key = createHash('sha256').update(path.resolve(archiveDir)).digest('hex').slice(0, 16);
	return path.join(cacheDir, 'search', key);
}

function removeIndexFiles(file: string): void {
	for (const suffix of ['', '-wal', '-shm', '-journal']) {
		rmSync(`${file}${suffix}`, {force: true});
	}
}

export async function openSearchIndex(options: SearchIndexOptions): Promise<SearchIndex> {
	const {archiveDir, onNote, onProgress} = options;
	// Asked before any file is looked at: whatever changes from now on makes another generation.
	const generation = options.watch ? undefined : await options.archiveWatch?.generation();
	const base = indexFileBase(options.cacheDir, archiveDir);
	mkdirSync(path.dirname(base), {recursive: true});

	let openBackend: () => IndexBackend;
	let file: string;
	const sqlite = options.engine === 'builtin' ? builtinEngineReason : await loadSqlite();
	if (typeof sqlite === 'string') {
		onNote?.({kind: 'fallback', reason: sqlite});
		file = `${base}.builtin.json`;
		openBackend = () => openFallbackIndex(file);
	} else {
		file = `${base}.sqlite`;
		openBackend = () => openFts5Index(sqlite, file);
	}

	const rebuild = (reason: RebuildReason): IndexBackend => {
		removeIndexFiles(file);
		onNote?.({kind: 'rebuilt', reason});
		return openBackend();
	};

	let backend: IndexBackend;
	try {
		backend = openBackend();
	} catch (error) {
		if (!(error instanceof UnusableIndexError)) {
			throw error;
		}

		backend = rebuild(error.reason);
	}

	let lastReport: SyncReport | undefined;
	// Set below when the index holds at the watcher's generation: good for the first search
	// only, since the generation was asked once, when the index was opened.
	let inLineReport: SyncReport | undefined;

	/** Runs an index operation; a corrupt index found on the way is rebuilt once. */
	function withRecovery<T>(operation: () => T): T {
		try {
			return operation();
		} catch (error) {
			if (!isCorruptionError(error)) {
				throw error;
			}

			backend.close();
			backend = rebuild('corrupt');
			// The new index is empty: whatever was known of the old one no longer holds.
			lastReport = undefined;
			inLineReport = undefined;
			return operation();
		}
	}

	const verified = generation === undefined ? undefined : withRecovery(() => backend.verified());
	// The index's last full check, when it still holds: the index is then the archive's.
	const inLine = verified !== undefined && stillHolds(verified, generation) ? verified : undefined;
	// Indexing reads the issues: Markdown ones need the Markdown reader (a noticeable part of
	// a start to load, so only when the archive has any, or may get some while a long-lived
	// reader watches it).
	// The listing that tells is handed to the first sync, so a one-off search lists once.
	let listing: ArchiveListing | undefined = options.watch || inLine ? undefined : listArchive(archiveDir);
	if (inLine) {
		inLineReport = {indexed: 0, removed: 0, skipped: inLine.skipped};
	}

	const markdown = inLine ? inLine.markdown : listing?.files.some(file => issueFormatOf(file) === 'markdown') ?? true;
	if (markdown) {
		await loadMarkdownParser();
	}

	const issues = new Map<string, ReadIssue>();

	/** A parsed issue, from the cache when it has not changed since it was parsed. */
	function issueAt(file: string): ReadIssue | undefined {
		let issue = issues.get(file);
		if (issue === undefined) {
			const result = readIssueFile(file);
			if ('problem' in result) {
				// Changed into a non-issue since the refresh a moment ago; the next search drops it.
				return undefined;
			}

			issue = {issue: result, titleWords: splitWords(result.title), blockWords: result.story.map(block => splitWords(blockText(block)))};
			if (issues.size >= issueCacheSize) {
				issues.delete(issues.keys().next().value!);
			}
		} else {
			issues.delete(file);
		}

		// Re-inserted, so the map's order is least recently used first.
		issues.set(file, issue);
		return issue;
	}

	const watcher: FolderWatcher | undefined = options.watch === true ? watchFolder(archiveDir) : undefined;
	function refresh(): SyncReport {
		const first = listing;
		listing = undefined;
		const report = withRecovery(() => syncIndex(backend, archiveDir, {onProgress, files: first?.files}));
		// After reading the tree: folders made since the last look are watched from now on.
		watcher?.cover();
		if (report.indexed > 0 || report.removed > 0) {
			issues.clear();
		}

		if (first !== undefined) {
			// The listing was made after the generation was asked: the check holds for it.
			if (generation !== undefined) {
				withRecovery(() => {
					backend.setVerified({generation, skipped: report.skipped, markdown, links: first.links});
				});
			}

			options.archiveWatch?.checked(first.files.length, first.links);
		}

		lastReport = report;
		return report;
	}

	/**
	 * Up to date before a search. Watching, only the files the system named are looked at
	 * (when that is enough); otherwise every file is checked.
	 */
	function freshReport(): SyncReport {
		if (inLineReport !== undefined) {
			lastReport = inLineReport;
			inLineReport = undefined;
			return lastReport;
		}

		// Taken before syncing: a change reported while the sync runs is seen next time.
		const changes = watcher?.takeChanges() ?? 'all';
		if (lastReport === undefined || changes === 'all') {
			return refresh();
		}

		if (changes.size === 0) {
			return lastReport;
		}

		const indexed = withRecovery(() => syncChangedFiles(backend, archiveDir, changes));
		if (indexed === undefined) {
			return refresh();
		}

		for (const file of changes) {
			issues.delete(file);
		}

		lastReport = {...lastReport, indexed, removed: 0};
		return lastReport;
	}

	function search(query: SearchQuery | string, limit: number): SearchResult[] {
		const parsed = asSearchQuery(query);
		if (parsed === undefined) {
			return [];
		}

		const report = freshReport();
		for (const warning of report.skipped) {
			onNote?.({kind: 'skipped', warning});
		}

		let ranked = withRecovery(() => backend.search(parsed, limit));
		if (lastReport === undefined) {
			// The index was found corrupt and built anew while searching: fill it, then ask again.
			freshReport();
			ranked = withRecovery(() => backend.search(parsed, limit));
		}

		const results: SearchResult[] = [];
		for (const document of ranked) {
			const read = issueAt(document.path);
			if (read === undefined) {
				continue;
			}

			const {issue} = read;
			const matches = findMatchesInBlocks(read.blockWords, parsed);
			results.push({
				id: issue.id,
				date: issue.date,
				title: issue.title,
				path: document.path,
				score: document.score,
				issue,
				titleMatches: findMatchesInWords(read.titleWords, parsed),
				matches,
				snippet: buildSnippet(issue.story, matches, options.snippetLength ?? defaultSnippetLength),
			});
		}

		return results;
	}

	return {
		get engine() {
			return backend.engine;
		},
		refresh,
		search,
		close() {
			watcher?.close();
			backend.close();
		},
	};
}
