import {createHash} from 'node:crypto';
import {mkdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {openFallbackIndex} from './fallback-index.js';
import {isCorruptionError, openFts5Index, type SqliteModule} from './fts5-index.js';
import {UnusableIndexError, type IndexBackend, type RebuildReason} from './index-backend.js';

/**
 * Which engine keeps an archive's search index, where, and how a damaged index is replaced:
 * SQLite FTS5 through the optional native better-sqlite3, else the built-in engine.
 */

export const builtinEngineReason = 'BELL_READER_SEARCH_ENGINE=builtin';

/** What the engine reports as it opens: the fallback in use, or an index built anew. */
export type EngineNote = {kind: 'fallback'; reason: string} | {kind: 'rebuilt'; reason: RebuildReason};

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

/**
 * An open index that replaces itself when found damaged: `run` runs an operation, and when
 * the index turns out corrupt on the way, builds an empty one, calls `onRebuilt` (whatever
 * was known of the old index no longer holds) and runs the operation once more.
 */
export type RecoveringIndex = {
	readonly backend: IndexBackend;
	run<T>(operation: (backend: IndexBackend) => T, onRebuilt?: () => void): T;
	close(): void;
};

export type EngineOptions = {
	cacheDir: string;
	archiveDir: string;
	/** `builtin` skips SQLite (for tests, or BELL_READER_SEARCH_ENGINE=builtin). */
	engine?: 'auto' | 'builtin';
	onNote?: (note: EngineNote) => void;
};

export async function openSearchEngine({cacheDir, archiveDir, engine, onNote}: EngineOptions): Promise<RecoveringIndex> {
	const base = indexFileBase(cacheDir, archiveDir);
	mkdirSync(path.dirname(base), {recursive: true});

	let openBackend: () => IndexBackend;
	let file: string;
	const sqlite = engine === 'builtin' ? builtinEngineReason : await loadSqlite();
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

	return {
		get backend() {
			return backend;
		},
		run(operation, onRebuilt) {
			try {
				return operation(backend);
			} catch (error) {
				if (!isCorruptionError(error)) {
					throw error;
				}

				backend.close();
				backend = rebuild('corrupt');
				onRebuilt?.();
				return operation(backend);
			}
		},
		close() {
			backend.close();
		},
	};
}
