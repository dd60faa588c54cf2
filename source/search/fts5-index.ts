import type BetterSqlite3 from 'better-sqlite3';
import type {FileProblem} from '../archive/file-problem.js';
import {titleWeight, UnusableIndexError, verifiedArchiveOf, type IndexBackend, type IndexWriter, type RankedDocument, type SearchOptions, type StoredFile} from './index-backend.js';
import {ftsMatchExpression, type TermChoices} from './match-expression.js';
import type {QueryWord, SearchQuery} from './parse-query.js';
import {lemmasOfTerm, lemmaSeparator} from './word-term.js';

/**
 * The search index in SQLite FTS5: queries stay fast with 10,000 issues, and there is no
 * load step (SQLite reads from disk what a query needs). FTS5 sees only terms, already
 * folded and separated by single spaces, so the plain `ascii` tokenizer is enough (it keeps
 * every non-ASCII character as part of a word, й stays й) and faster than unicode61. The
 * table is contentless: the text is in the archive, and the highlighter reads it from there.
 * A word of several lemmas is one term (`сталь·стать`, see `termOf`); `lemma_terms` says
 * which such terms hold a lemma, so that a search for `стать` asks for them too.
 */

export type SqliteModule = typeof BetterSqlite3;
type Database = BetterSqlite3.Database;

/** Bump whenever the schema, the tokenizer, the dictionary or the stemmer changes: older indexes are rebuilt. */
const fts5SchemaVersion = 2;

/** How long a search waits for another process that is updating the same index. */
const busyTimeoutMs = 120_000;

const schema = `
	CREATE TABLE files (
		rowid INTEGER PRIMARY KEY,
		path TEXT NOT NULL UNIQUE,
		size INTEGER NOT NULL,
		mtime_ms REAL NOT NULL,
		problem TEXT,
		id TEXT,
		title TEXT,
		date TEXT
	);
	CREATE VIRTUAL TABLE terms USING fts5(
		title, body,
		content = '', contentless_delete = 1,
		tokenize = 'ascii'
	);
	CREATE TABLE lemma_terms (
		lemma TEXT NOT NULL,
		term TEXT NOT NULL,
		PRIMARY KEY (lemma, term)
	) WITHOUT ROWID;
	PRAGMA user_version = ${fts5SchemaVersion};
`;

/**
 * At most this many ambiguous terms for one query word: a short prefix (`п*`) could name
 * thousands. Past it, words whose first lemma begins so are still found, through FTS5's
 * own prefix query.
 */
const maxTermsPerWord = 200;

function sqliteCode(error: unknown): string {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : '';
}

export function isCorruptionError(error: unknown): boolean {
	const code = sqliteCode(error);
	return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/**
 * While opening, a damaged schema shows as a plain SQLITE_ERROR too ("vtable constructor
 * failed"); a busy or unwritable database does not, and is not thrown away for it.
 */
function isDamagedAtOpen(error: unknown): boolean {
	return isCorruptionError(error) || sqliteCode(error) === 'SQLITE_ERROR';
}

function prepareSchema(db: Database): void {
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	// A first build merges many index segments; pages kept in memory save re-reading them.
	db.pragma('cache_size = -65536');
	db.transaction(() => {
		const version = db.pragma('user_version', {simple: true}) as number;
		if (version === fts5SchemaVersion) {
			return;
		}

		const tables = db.prepare('SELECT count(*) AS count FROM sqlite_master').get() as {count: number};
		if (version !== 0 || tables.count > 0) {
			throw new UnusableIndexError('outdated', `schema ${version}, expected ${fts5SchemaVersion}`);
		}

		db.exec(schema);
	}).immediate();
	// Added after version 1 without changing what version 1 indexes hold: older ones gain it.
	db.exec('CREATE TABLE IF NOT EXISTS verified (record TEXT NOT NULL)');
}

type FileRow = {rowid: number; size: number; mtime_ms: number; problem: string | null};

function storedFileOf(size: number, mtimeMs: number, problem: string | null): StoredFile {
	return problem === null ? {size, mtimeMs} : {size, mtimeMs, problem: JSON.parse(problem) as FileProblem};
}

function prepareStatements(db: Database) {
	return {
		// Rows as arrays: on every search all of them are read, and objects cost twice as much.
		files: db.prepare('SELECT path, size, mtime_ms, problem FROM files').raw(),
		find: db.prepare('SELECT rowid, size, mtime_ms, problem FROM files WHERE path = ?'),
		deleteTerms: db.prepare('DELETE FROM terms WHERE rowid = ?'),
		deleteFile: db.prepare('DELETE FROM files WHERE rowid = ?'),
		insertFile: db.prepare('INSERT INTO files (path, size, mtime_ms, problem, id, title, date) VALUES (?, ?, ?, ?, ?, ?, ?)'),
		insertTerms: db.prepare('INSERT INTO terms (rowid, title, body) VALUES (?, ?, ?)'),
		verified: db.prepare('SELECT record FROM verified').pluck(),
		clearVerified: db.prepare('DELETE FROM verified'),
		insertVerified: db.prepare('INSERT INTO verified (record) VALUES (?)'),
		insertLemmaTerm: db.prepare('INSERT OR IGNORE INTO lemma_terms (lemma, term) VALUES (?, ?)'),
		termsOfLemma: db.prepare(`SELECT term FROM lemma_terms WHERE lemma = ? LIMIT ${maxTermsPerWord}`).pluck(),
		termsOfPrefix: db.prepare(`SELECT DISTINCT term FROM lemma_terms WHERE lemma >= ? AND lemma < ? LIMIT ${maxTermsPerWord}`).pluck(),
		search: db.prepare(`
			SELECT files.path, files.id, files.title, files.date, -ranked.rank AS score
			FROM (SELECT rowid, bm25(terms, ${titleWeight}, 1) AS rank FROM terms WHERE terms MATCH ? ORDER BY rank LIMIT ?) AS ranked
			JOIN files ON files.rowid = ranked.rowid
			ORDER BY ranked.rank, files.date DESC, files.id
		`),
	};
}

export function openFts5Index(Sqlite: SqliteModule, file: string): IndexBackend {
	let db: Database | undefined;
	let statements: ReturnType<typeof prepareStatements>;
	try {
		db = new Sqlite(file, {timeout: busyTimeoutMs});
		prepareSchema(db);
		statements = prepareStatements(db);
	} catch (error) {
		db?.close();
		if (isDamagedAtOpen(error)) {
			throw new UnusableIndexError('corrupt', (error as Error).message);
		}

		throw error;
	}

	const open = db;
	// Searches with a date range or by date, prepared on first use.
	const filteredSearches = new Map<string, BetterSqlite3.Statement>();
	// Ambiguous terms recorded in `lemma_terms` by this process: each is written once.
	const recordedTerms = new Set<string>();
	const recordLemmas = (terms: readonly string[]) => {
		for (const term of terms) {
			if (term.includes(lemmaSeparator) && !recordedTerms.has(term)) {
				recordedTerms.add(term);
				for (const lemma of lemmasOfTerm(term)) {
					statements.insertLemmaTerm.run(lemma, term);
				}
			}
		}
	};

	const expand = (word: QueryWord): TermChoices => {
		if (word.kind === 'prefix') {
			// Every string beginning with the prefix sorts below the prefix followed by U+FFFF.
			return {terms: statements.termsOfPrefix.all(word.prefix, `${word.prefix}\uFFFF`) as string[], prefixes: [word.prefix]};
		}

		const terms = new Set(word.lemmas);
		for (const lemma of word.lemmas) {
			for (const term of statements.termsOfLemma.all(lemma) as string[]) {
				terms.add(term);
			}
		}

		return {terms: [...terms], prefixes: []};
	};

	const writer: IndexWriter = {
		remove(path) {
			const row = statements.find.get(path) as FileRow | undefined;
			if (row === undefined) {
				return;
			}

			if (row.problem === null) {
				statements.deleteTerms.run(row.rowid);
			}

			statements.deleteFile.run(row.rowid);
		},
		put(path, stamp, entry) {
			writer.remove(path);
			if ('problem' in entry) {
				statements.insertFile.run(path, stamp.size, stamp.mtimeMs, JSON.stringify(entry.problem), null, null, null);
				return;
			}

			const {lastInsertRowid} = statements.insertFile.run(path, stamp.size, stamp.mtimeMs, null, entry.id, entry.title, entry.date);
			statements.insertTerms.run(lastInsertRowid, entry.titleTerms.join(' '), entry.bodyTerms.join(' '));
			recordLemmas(entry.titleTerms);
			recordLemmas(entry.bodyTerms);
		},
	};

	return {
		engine: 'sqlite',
		filesPerWrite: 500,
		files() {
			const files = new Map<string, StoredFile>();
			for (const [path, size, mtimeMs, problem] of statements.files.all() as Array<[string, number, number, string | null]>) {
				files.set(path, storedFileOf(size, mtimeMs, problem));
			}

			return files;
		},
		file(path) {
			const row = statements.find.get(path) as FileRow | undefined;
			return row === undefined ? undefined : storedFileOf(row.size, row.mtime_ms, row.problem);
		},
		write(change) {
			// IMMEDIATE: a second process waits here for the first to finish, then finds less to do.
			open.transaction(() => {
				change(writer);
			}).immediate();
		},
		verified() {
			const record = statements.verified.get() as string | undefined;
			return record === undefined ? undefined : verifiedArchiveOf(record);
		},
		setVerified(verified) {
			open.transaction(() => {
				statements.clearVerified.run();
				statements.insertVerified.run(JSON.stringify(verified));
			}).immediate();
		},
		search(query: SearchQuery, limit: number, options: SearchOptions = {}): RankedDocument[] {
			const expression = ftsMatchExpression(query.root, expand);
			const {since, until, sort = 'relevance'} = options;
			if (since === undefined && until === undefined && sort === 'relevance') {
				return statements.search.all(expression, limit) as RankedDocument[];
			}

			const key = `${since === undefined ? '' : 's'}${until === undefined ? '' : 'u'}${sort}`;
			let statement = filteredSearches.get(key);
			if (statement === undefined) {
				statement = open.prepare(`
					SELECT files.path, files.id, files.title, files.date, -bm25(terms, ${titleWeight}, 1) AS score
					FROM terms JOIN files ON files.rowid = terms.rowid
					WHERE terms MATCH ?${since === undefined ? '' : ' AND files.date >= ?'}${until === undefined ? '' : ' AND files.date <= ?'}
					ORDER BY ${sort === 'date' ? 'files.date IS NULL, files.date DESC, score DESC' : 'score DESC, files.date DESC'}, files.id
					LIMIT ?
				`);
				filteredSearches.set(key, statement);
			}

			return statement.all(...[expression, since, until, limit].filter(value => value !== undefined)) as RankedDocument[];
		},
		close() {
			open.close();
		},
	};
}
