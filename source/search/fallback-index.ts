import {closeSync, openSync, readFileSync, renameSync, writeSync} from 'node:fs';
import type {FileProblem} from '../archive/file-problem.js';
import {bm25Score, inverseDocumentFrequency, type CorpusStats} from './bm25.js';
import {titleWeight, UnusableIndexError, verifiedArchiveOf, type IndexBackend, type IndexWriter, type RankedDocument, type StoredFile, type VerifiedArchive} from './index-backend.js';
import type {QueryClause, SearchQuery} from './parse-query.js';

/**
 * The built-in engine, for machines where better-sqlite3 cannot load: the stems of every
 * issue in one JSON file, loaded whole and scanned per query. Slower than FTS5 (a load
 * step, a scan instead of an index) but it needs nothing native, and it ranks alike.
 */

const fallbackFormatVersion = 2;

type StoredDocument = {
	id: string;
	title: string;
	date: string | null;
	/**
	 * Stems joined by single spaces, with a space before and after: one string is far lighter
	 * than an array of words, and a clause is counted with one regular expression over it.
	 */
	titleStems: string;
	bodyStems: string;
	titleLength: number;
	bodyLength: number;
};

type StoredEntry = StoredFile & {document?: StoredDocument};

/** The file's shape, as `save` writes it. */
type StoredIndex = {version: number; verified?: VerifiedArchive; files: Record<string, StoredEntry>};

type LoadedIndex = {entries: Map<string, StoredEntry>; verified: VerifiedArchive | undefined};

function load(file: string): LoadedIndex {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return {entries: new Map(), verified: undefined};
		}

		throw error;
	}

	let stored: StoredIndex;
	try {
		stored = JSON.parse(text) as StoredIndex;
	} catch (error) {
		throw new UnusableIndexError('corrupt', (error as Error).message);
	}

	if (typeof stored !== 'object' || stored === null || typeof stored.files !== 'object' || stored.files === null) {
		throw new UnusableIndexError('corrupt', 'not an index');
	}

	if (stored.version !== fallbackFormatVersion) {
		throw new UnusableIndexError('outdated', `format ${String(stored.version)}, expected ${fallbackFormatVersion}`);
	}

	return {entries: new Map(Object.entries(stored.files)), verified: verifiedArchiveOf(stored.verified)};
}

function save(file: string, {entries, verified}: LoadedIndex): void {
	// Write then rename: a crash leaves the old index, never half of a new one.
	const temporary = `${file}.${process.pid}.tmp`;
	const descriptor = openSync(temporary, 'w');
	try {
		// Entry by entry: one JSON string of a large archive would take gigabytes to build.
		writeSync(descriptor, `{"version":${fallbackFormatVersion},${verified === undefined ? '' : `"verified":${JSON.stringify(verified)},`}"files":{`);
		let first = true;
		for (const [path, entry] of entries) {
			writeSync(descriptor, `${first ? '' : ','}${JSON.stringify(path)}:${JSON.stringify(entry)}`);
			first = false;
		}

		writeSync(descriptor, '}}');
	} finally {
		closeSync(descriptor);
	}

	renameSync(temporary, file);
}

function spaced(stems: readonly string[]): string {
	return ` ${stems.join(' ')} `;
}

/**
 * Finds a clause in space-separated stems, with the rule of `clauseOccurrences`: a word is
 * its whole stem, a prefix the start of one. Stems hold letters and digits only; they are
 * escaped all the same.
 */
function clausePattern(clause: QueryClause): RegExp {
	const words = clause.words.map(word => word.stem.replaceAll(/[\\^$.*+?()[\]{}|/]/gu, '\\$&') + (word.kind === 'prefix' ? '[^ ]*' : ''));
	return new RegExp(`(?<= )${words.join(' ')}(?= )`, 'gu');
}

/** The issues among the entries, and what ranking needs to know of them all. */
type Corpus = {documents: Array<[path: string, document: StoredDocument]>; stats: CorpusStats};

function corpusOf(entries: ReadonlyMap<string, StoredEntry>): Corpus {
	const documents: Array<[string, StoredDocument]> = [];
	let titleLengths = 0;
	let bodyLengths = 0;
	for (const [path, {document}] of entries) {
		if (document !== undefined) {
			documents.push([path, document]);
			titleLengths += document.titleLength;
			bodyLengths += document.bodyLength;
		}
	}

	const count = documents.length;
	return {
		documents,
		// Each column's mean, then their sum, as the ranking always took it: not a rounding apart.
		stats: {documentCount: count, averageLength: (titleLengths / (count || 1)) + (bodyLengths / (count || 1)), weights: [titleWeight, 1]},
	};
}

export function openFallbackIndex(file: string): IndexBackend {
	// A write replaces the map instead of changing it, so one that files() handed out stays as it was.
	let {entries, verified} = load(file);
	// Worked out at the first search after the entries change, not at every search.
	let corpus: Corpus | undefined;

	function search(query: SearchQuery, limit: number): RankedDocument[] {
		corpus ??= corpusOf(entries);
		const {documents, stats} = corpus;
		const count = documents.length;

		// frequencies[document][clause][column], only for documents that have every clause.
		const matching: Array<{path: string; document: StoredDocument; frequencies: number[][]}> = [];
		const containing = query.clauses.map(() => 0);
		const patterns = query.clauses.map(clause => clausePattern(clause));
		for (const [path, document] of documents) {
			const frequencies: number[][] = [];
			for (const [index, clause] of query.clauses.entries()) {
				// A cheap substring test first: most documents lack most words.
				const present = clause.words.every(word => document.titleStems.includes(word.stem) || document.bodyStems.includes(word.stem));
				const counts = present ? [document.titleStems, document.bodyStems].map(stems => stems.match(patterns[index]!)?.length ?? 0) : [0, 0];
				frequencies.push(counts);
				if (counts.some(countInColumn => countInColumn > 0)) {
					containing[index]!++;
				}
			}

			if (frequencies.every(counts => counts.some(countInColumn => countInColumn > 0))) {
				matching.push({path, document, frequencies});
			}
		}

		const idfs = containing.map(containingCount => inverseDocumentFrequency(count, containingCount));
		return matching
			.map(({path, document, frequencies}) => ({
				path,
				id: document.id,
				title: document.title,
				date: document.date,
				score: bm25Score(stats, idfs, frequencies, [document.titleLength, document.bodyLength]),
			}))
			.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
			.slice(0, limit);
	}

	return {
		engine: 'builtin',
		// Every write saves the whole file.
		filesPerWrite: Number.POSITIVE_INFINITY,
		files() {
			return entries;
		},
		file(path) {
			return entries.get(path);
		},
		write(change) {
			const next = new Map(entries);
			const writer: IndexWriter = {
				remove(path) {
					next.delete(path);
				},
				put(path, stamp, entry) {
					if ('problem' in entry) {
						next.set(path, {...stamp, problem: entry.problem satisfies FileProblem});
						return;
					}

					next.set(path, {
						...stamp,
						document: {
							id: entry.id,
							title: entry.title,
							date: entry.date,
							titleStems: spaced(entry.titleStems),
							bodyStems: spaced(entry.bodyStems),
							titleLength: entry.titleStems.length,
							bodyLength: entry.bodyStems.length,
						},
					});
				},
			};
			change(writer);
			save(file, {entries: next, verified});
			entries = next;
			corpus = undefined;
		},
		verified: () => verified,
		setVerified(record) {
			save(file, {entries, verified: record});
			verified = record;
		},
		search,
		close() {
			// Nothing held open: the file is read once and written whole.
		},
	};
}
