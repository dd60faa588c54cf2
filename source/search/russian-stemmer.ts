import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';

/**
 * Snowball Russian (STACK.md: @nlpjs/lang-ru's StemmerRu, 13× faster than snowball-stemmers,
 * same output). Takes a word already folded by `foldWord`.
 */

const stemmer = new StemmerRu();
const onlyRussianLetters = /^[а-я]+$/u;

/**
 * Shorter words are kept whole: Snowball turns "ии" (ИИ, AI) into "и", the conjunction, so
 * a search for ИИ would match every issue.
 */
const shortestStemmedWord = 3;

export function stemWord(folded: string): string {
	// Latin words, numbers and mixed tokens match as they are (DeepSeek, H200).
	if (folded.length < shortestStemmedWord || !onlyRussianLetters.test(folded)) {
		return folded;
	}

	// StemmerRu keeps its own cache of every word it has seen.
	const stem = stemmer.stemWord(folded);
	return stem === '' ? folded : stem;
}
