import {termMatches, type QueryPhrase} from './parse-query.js';

/**
 * Where a phrase occurs in a run of terms: the index of each first word. Pure; the highlighter
 * finds matches with it. Its rule is the engines' (the FTS5 expression and the built-in
 * engine's patterns follow it), so that what is found is what gets highlighted: a word
 * matches when its term shares a lemma with the query word, a prefix when one of its lemmas
 * begins with it.
 */
export function phraseOccurrences(terms: readonly string[], phrase: QueryPhrase): number[] {
	const found: number[] = [];
	const {words} = phrase;
	const last = terms.length - words.length;
	for (let index = 0; index <= last; index++) {
		let matches = true;
		for (let offset = 0; offset < words.length; offset++) {
			if (!termMatches(terms[index + offset]!, words[offset]!)) {
				matches = false;
				break;
			}
		}

		if (matches) {
			found.push(index);
		}
	}

	return found;
}
