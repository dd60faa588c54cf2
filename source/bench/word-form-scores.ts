import {queryWordOf, termMatches} from '../search/parse-query.js';
import {stemWord} from '../search/russian-stemmer.js';
import {foldWord} from '../search/tokenize.js';
import {termOf} from '../search/word-term.js';
import type {WordFormGroup} from './word-forms.js';

/**
 * How well a way of matching words does on the word-form set: recall (of every ordered pair
 * of forms of one lemma, how many find each other) and false merges (how many negative pairs
 * meet, either way round). Pure, given the matcher.
 */

/** Whether a search for the first (folded) word finds a document holding the second. */
export type WordMatcher = (query: string, document: string) => boolean;

export type WordFormScores = {
	pairs: number;
	found: number;
	recall: number;
	negativePairs: number;
	merged: number;
	falseMergeRate: number;
	/** `query → document` for each pair missed or merged, for a failing test to show. */
	misses: string[];
	merges: string[];
};

/** The index's rule: the query word's lemmas (or stem) against the document word's term. */
export const lemmaMatcher: WordMatcher = (query, document) => termMatches(termOf(document), queryWordOf(query));

/** Snowball alone, without the dictionary: equal stems. */
export const snowballMatcher: WordMatcher = (query, document) => stemWord(query) === stemWord(document);

export function wordFormScores(groups: readonly WordFormGroup[], negativePairs: ReadonlyArray<readonly [string, string]>, matches: WordMatcher): WordFormScores {
	const misses: string[] = [];
	let pairs = 0;
	for (const {forms} of groups) {
		const folded = [...new Set(forms.map(form => foldWord(form)))];
		for (const query of folded) {
			for (const document of folded) {
				if (query !== document) {
					pairs++;
					if (!matches(query, document)) {
						misses.push(`${query} → ${document}`);
					}
				}
			}
		}
	}

	const merges: string[] = [];
	for (const [first, second] of negativePairs) {
		const [a, b] = [foldWord(first), foldWord(second)];
		if (matches(a, b) || matches(b, a)) {
			merges.push(`${first} ↔ ${second}`);
		}
	}

	const found = pairs - misses.length;
	return {
		pairs,
		found,
		recall: pairs === 0 ? 0 : found / pairs,
		negativePairs: negativePairs.length,
		merged: merges.length,
		falseMergeRate: negativePairs.length === 0 ? 0 : merges.length / negativePairs.length,
		misses,
		merges,
	};
}
