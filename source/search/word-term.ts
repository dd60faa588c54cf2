import {russianDictionary} from './russian-dictionary.js';
import {snowballStem} from './russian-stemmer.js';

/**
 * What a word is indexed and matched as, its term: the dictionary's lemmas of a Russian word
 * (all of them when the form is ambiguous, `стали` → `сталь·стать`), its Snowball stem when
 * the dictionary does not know it, and anything else (Latin, numbers) as it is. Two words
 * match when their terms share a lemma.
 */

/**
 * Joins the lemmas of an ambiguous form into one term. Not a letter or digit (the query and
 * the highlighter never produce it inside a word) and not ASCII (FTS5's `ascii` tokenizer
 * keeps every non-ASCII character inside a token, so the term stays one token).
 */
export const lemmaSeparator = '·';

const onlyRussianLetters = /^[а-я]+$/u;

/**
 * Shorter words are kept whole: the dictionary reads `ии` (ИИ, AI) as a form of the
 * conjunction `и`, so a search for ИИ would match every issue.
 */
const shortestLemmatizedWord = 3;

/** Words seen before; emptied when it gets large (a long-lived reader sees many words). */
const cache = new Map<string, string>();
const cacheLimit = 500_000;

function lemmaTermOf(folded: string): string {
	const lemmas = russianDictionary().lemmasOf(folded).map(lemma => lemma.replaceAll('ё', 'е'));
	if (lemmas.length === 0) {
		// Uncached: the term cache below keeps it.
		return snowballStem(folded);
	}

	return [...new Set(lemmas)].sort().join(lemmaSeparator);
}

/** The term of a word already folded by `foldWord`. */
export function termOf(folded: string): string {
	if (folded.length < shortestLemmatizedWord || !onlyRussianLetters.test(folded)) {
		return folded;
	}

	let term = cache.get(folded);
	if (term === undefined) {
		term = lemmaTermOf(folded);
		if (cache.size >= cacheLimit) {
			cache.clear();
		}

		cache.set(folded, term);
	}

	return term;
}

/**
 * Whether the dictionary does not know this Russian word, so that it stands for its stem:
 * a query then takes it as the beginning of words (`золот` is not a word, but what the
 * reader's `/` search is typed as on the way to `золото`).
 */
export function isUnknownRussianWord(folded: string): boolean {
	return folded.length >= shortestLemmatizedWord && onlyRussianLetters.test(folded) && russianDictionary().lemmasOf(folded).length === 0;
}

/** The lemmas (or the stem) a term stands for. */
export function lemmasOfTerm(term: string): string[] {
	return term.split(lemmaSeparator);
}
