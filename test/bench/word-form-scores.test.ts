import {describe, expect, it} from 'vitest';
import {lemmaMatcher, snowballMatcher, wordFormScores} from '../../source/bench/word-form-scores.js';
import {negativePairs, wordFormGroups} from '../../source/bench/word-forms.js';
import {findMatchesInText} from '../../source/search/find-matches.js';
import {foldWord} from '../../source/search/tokenize.js';

describe('the word-form set', () => {
	it('has at least 100 lemmas with their forms, and negative pairs', () => {
		expect(wordFormGroups.length).toBeGreaterThanOrEqual(100);
		expect(wordFormGroups.every(group => group.forms.length >= 2)).toBe(true);
		expect(negativePairs.length).toBeGreaterThanOrEqual(30);
	});

	it('is found with dictionary lemmas: recall at least 98 %, no false merge', () => {
		const scores = wordFormScores(wordFormGroups, negativePairs, lemmaMatcher);
		expect(scores.merges).toEqual([]);
		expect(scores.recall, scores.misses.join(', ')).toBeGreaterThanOrEqual(0.98);
	});

	it('is highlighted wherever it is found: the highlighter keeps the index\'s rule', () => {
		const missed: string[] = [];
		for (const {forms} of wordFormGroups) {
			for (const query of forms) {
				for (const document of forms) {
					if (lemmaMatcher(foldWord(query), foldWord(document)) && findMatchesInText(`про ${document} и`, query).length !== 1) {
						missed.push(`${query} → ${document}`);
					}
				}
			}
		}

		expect(missed).toEqual([]);
	});

	it('is what Snowball alone gets wrong: lower recall, and merges', () => {
		const lemmas = wordFormScores(wordFormGroups, negativePairs, lemmaMatcher);
		const snowball = wordFormScores(wordFormGroups, negativePairs, snowballMatcher);
		expect(snowball.recall).toBeLessThan(lemmas.recall);
		expect(snowball.merges).toContain('банком ↔ банкой');
		expect(snowball.misses).toContain('лед → льда');
	});

	it('counts a miss and a merge', () => {
		const never = wordFormScores([{kind: 'x', forms: ['а', 'б']}], [['в', 'г']], () => false);
		expect(never).toMatchObject({pairs: 2, found: 0, recall: 0, merged: 0, misses: ['а → б', 'б → а']});
		const always = wordFormScores([{kind: 'x', forms: ['а', 'б']}], [['в', 'г']], () => true);
		expect(always).toMatchObject({recall: 1, merged: 1, falseMergeRate: 1, merges: ['в ↔ г']});
	});
});
