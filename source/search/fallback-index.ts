import {closeSync, openSync, readFileSync, renameSync, writeSync} from 'node:fs';
import type {FileProblem} from '../archive/file-problem.js';
import {bm25Score, inverseDocumentFrequency, type CorpusStats} from './bm25.js';
import {titleWeight, UnusableIndexError, verifiedArchiveOf, type IndexBackend, type IndexWriter, type RankedDocument, type SearchOptions, type StoredFile, type VerifiedArchive} from './index-backend.js';
import type {QueryNode, QueryPhrase, QueryWord, SearchQuery} from './parse-query.js';
import {lemmaSeparator} from './word-term.js';

/**
 * The built-in engine, for machines where better-sqlite3 cannot load: the terms of every
 * issue in one JSON file, loaded whole and scanned per query. Slower than FTS5 (a load
 * step, a scan instead of an index) but it needs nothing native, and it ranks alike.
 */

const fallbackFormatVersion = 3;

type StoredDocument = {
	id: string;
	title: string;
	date: string | null;
	/**
	 * Terms joined by single spaces, with a space before and after: one string is far lighter
	 * than an array of words, and a clause is counted with one regular expression over it.
	 */
	titleTerms: string;
	bodyTerms: string;
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

function spaced(terms: readonly string[]): string {
	return ` ${terms.join(' ')} `;
}

const escaped = (text: string) => text.replaceAll(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/**
 * A term (lemmas joined by the separator, see `termOf`) holding one of these lemmas, or (for a
 * prefix) a lemma beginning so: the rule of `termMatches`, over space-separated terms.
 */
function termPattern(word: QueryWord): string {
	const lemma = word.kind === 'prefix' ? `${escaped(word.prefix)}[^ ${lemmaSeparator}]*` : `(?:${word.lemmas.map(lemma => escaped(lemma)).join('|')})`;
	return `(?:[^ ]*${lemmaSeparator})?${lemma}(?:${lemmaSeparator}[^ ]*)?`;
}

/** Finds a phrase in space-separated terms, with the rule of `phraseOccurrences`. */
function phrasePattern(phrase: QueryPhrase): RegExp {
	return new RegExp(`(?<= )${phrase.words.map(word => termPattern(word)).join(' ')}(?= )`, 'gu');
}

/** A cheap test first: a document without these strings cannot hold the phrase. */
function mayHold(text: string, phrase: QueryPhrase): boolean {
	return phrase.words.every(word => word.kind === 'prefix' ? text.includes(word.prefix) : word.lemmas.some(lemma => text.includes(lemma)));
}

/** Every phrase in the query, excluded ones too: the tree is evaluated over their counts. */
function allPhrases(node: QueryNode): QueryPhrase[] {
	switch (node.kind) {
		case 'phrase': {
			return [node.phrase];
		}

		case 'not': {
			return allPhrases(node.child);
		}

		default: {
			return node.children.flatMap(child => allPhrases(child));
		}
	}
}

/**
 * What FTS5 would call the phrase a match is of: the terms matched, except that a prefix
 * word found by its first lemma is the prefix query itself (`"рын"*` is one FTS5 phrase).
 */
function spellingKey(phrase: QueryPhrase, spelling: string): string {
	return spelling.split(' ').map((term, index) => {
		const word = phrase.words[index];
		return word?.kind === 'prefix' && term.startsWith(word.prefix) ? `${word.prefix}*` : term;
	}).join(' ');
}

/** Whether a document with these counts (`[title, story]` per phrase) matches the node. */
function matches(node: QueryNode, counts: ReadonlyMap<QueryPhrase, readonly number[]>): boolean {
	switch (node.kind) {
		case 'phrase': {
			const [title = 0, body = 0] = counts.get(node.phrase)!;
			return node.phrase.titleOnly ? title > 0 : title + body > 0;
		}

		case 'not': {
			return !matches(node.child, counts);
		}

		case 'and': {
			return node.children.every(child => matches(child, counts));
		}

		case 'or': {
			return node.children.some(child => matches(child, counts));
		}
	}
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

	function search(query: SearchQuery, limit: number, options: SearchOptions = {}): RankedDocument[] {
		corpus ??= corpusOf(entries);
		const {documents, stats} = corpus;
		const count = documents.length;
		const {since, until, sort = 'relevance'} = options;
		const patterns = new Map(allPhrases(query.root).map(phrase => [phrase, phrasePattern(phrase)]));
		const wanted = new Set(query.wanted);
		// Ranked as FTS5 ranks the expression it is given: each spelling a wanted phrase was
		// found in (`банк`, `банк·банка`) counts as a phrase of its own, with its own rarity.
		const spellings = new Map<string, number>();
		const containing: number[] = [];
		const found: Array<{path: string; document: StoredDocument; counts: Map<number, number[]>}> = [];
		for (const [path, document] of documents) {
			const present = new Map<QueryPhrase, number[]>();
			const counts = new Map<number, number[]>();
			for (const [phrase, pattern] of patterns) {
				const columns = [0, 0];
				for (const [column, terms] of (phrase.titleOnly ? [document.titleTerms] : [document.titleTerms, document.bodyTerms]).entries()) {
					if (!mayHold(terms, phrase)) {
						continue;
					}

					for (const [spelling] of terms.matchAll(pattern)) {
						columns[column]!++;
						if (wanted.has(phrase)) {
							const key = `${phrase.titleOnly ? 't' : ''}:${spellingKey(phrase, spelling)}`;
							let index = spellings.get(key);
							if (index === undefined) {
								index = spellings.size;
								spellings.set(key, index);
								containing.push(0);
							}

							const perColumn = counts.get(index) ?? [0, 0];
							if (perColumn[0]! + perColumn[1]! === 0) {
								containing[index]!++;
							}

							perColumn[column]!++;
							counts.set(index, perColumn);
						}
					}
				}

				present.set(phrase, columns);
			}

			const inRange = (since === undefined && until === undefined) || (document.date !== null && (since === undefined || document.date >= since) && (until === undefined || document.date <= until));
			if (inRange && matches(query.root, present)) {
				found.push({path, document, counts});
			}
		}

		const idfs = containing.map(containingCount => inverseDocumentFrequency(count, containingCount));
		const matching = found.map(({path, document, counts}) => ({
			path,
			document,
			frequencies: idfs.map((_, index) => counts.get(index) ?? [0, 0]),
		}));
		const byDate = (a: RankedDocument, b: RankedDocument) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (b.date ?? '').localeCompare(a.date ?? '');
		return matching
			.map(({path, document, frequencies}) => ({
				path,
				id: document.id,
				title: document.title,
				date: document.date,
				score: bm25Score(stats, idfs, frequencies, [document.titleLength, document.bodyLength]),
			}))
			.sort((a, b) => sort === 'date'
				? byDate(a, b) || b.score - a.score || a.id.localeCompare(b.id)
				: b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
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
							titleTerms: spaced(entry.titleTerms),
							bodyTerms: spaced(entry.bodyTerms),
							titleLength: entry.titleTerms.length,
							bodyLength: entry.bodyTerms.length,
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
