/**
 * Okapi BM25 over weighted columns, computed the way FTS5's bm25() does, so that the
 * built-in engine ranks like the SQLite one. Pure.
 */

const k1 = 1.2;
const b = 0.75;

export type CorpusStats = {
	documentCount: number;
	/** The mean length in words of a document, its columns together (as FTS5 measures a document). */
	averageLength: number;
	/** Per column: how much a match there counts. */
	weights: readonly number[];
};

/** How rare a clause is; FTS5 floors it at a tiny positive for clauses in most documents. */
export function inverseDocumentFrequency(documentCount: number, containing: number): number {
	const idf = Math.log((documentCount - containing + 0.5) / (containing + 0.5));
	return idf > 0 ? idf : 1e-6;
}

/**
 * The score of one document. `frequencies[clause][column]` counts the clause's occurrences,
 * `lengths[column]` the document's words, `idfs[clause]` the clause's rarity. Higher is better.
 * As in FTS5 (fts5_aux.c): the column weights scale the frequencies, and the document's length
 * is its length over all columns.
 */
export function bm25Score(stats: CorpusStats, idfs: readonly number[], frequencies: ReadonlyArray<readonly number[]>, lengths: readonly number[]): number {
	const length = lengths.reduce((sum, columnLength) => sum + columnLength, 0);
	const average = stats.averageLength || 1;
	const norm = k1 * (1 - b + (b * length / average));
	let score = 0;
	for (const [clause, idf] of idfs.entries()) {
		let weighted = 0;
		for (const [column, weight] of stats.weights.entries()) {
			weighted += weight * (frequencies[clause]?.[column] ?? 0);
		}

		score += idf * weighted * (k1 + 1) / (weighted + norm);
	}

	return score;
}
