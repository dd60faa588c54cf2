import {describe, expect, it} from 'vitest';
import {bm25Score, inverseDocumentFrequency, type CorpusStats} from '../../source/search/bm25.js';

const stats: CorpusStats = {documentCount: 100, averageLength: 1010, weights: [4, 1]};

describe('bm25Score', () => {
	it('prefers rarer clauses', () => {
		expect(inverseDocumentFrequency(100, 1)).toBeGreaterThan(inverseDocumentFrequency(100, 10));
		expect(inverseDocumentFrequency(100, 90)).toBeGreaterThan(0);
	});

	it('grows with frequency, but less and less', () => {
		const idf = [inverseDocumentFrequency(100, 5)];
		const once = bm25Score(stats, idf, [[0, 1]], [10, 1000]);
		const twice = bm25Score(stats, idf, [[0, 2]], [10, 1000]);
		const tenTimes = bm25Score(stats, idf, [[0, 10]], [10, 1000]);
		expect(twice).toBeGreaterThan(once);
		expect(tenTimes - twice).toBeLessThan(8 * (twice - once));
	});

	it('weighs a title match above a story match, and short documents above long ones', () => {
		const idf = [inverseDocumentFrequency(100, 5)];
		expect(bm25Score(stats, idf, [[1, 0]], [10, 1000])).toBeGreaterThan(bm25Score(stats, idf, [[0, 1]], [10, 1000]));
		expect(bm25Score(stats, idf, [[0, 1]], [10, 200])).toBeGreaterThan(bm25Score(stats, idf, [[0, 1]], [10, 5000]));
	});

	it('sums over clauses', () => {
		const idfs = [inverseDocumentFrequency(100, 5), inverseDocumentFrequency(100, 20)];
		const both = bm25Score(stats, idfs, [[0, 1], [0, 1]], [10, 1000]);
		const first = bm25Score(stats, idfs, [[0, 1], [0, 0]], [10, 1000]);
		expect(both).toBeGreaterThan(first);
	});
});
