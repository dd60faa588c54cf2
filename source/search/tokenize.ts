import {wordPattern} from './word-pattern.js';
import {termOf} from './word-term.js';

/** One word of a text: where it stands and what it matches as. */
export type Word = {
	/** UTF-16 offsets into the text: [start, end). */
	start: number;
	end: number;
	/** Lowercased, ё folded to е, stress marks dropped. */
	folded: string;
	/** Its term (see `termOf`), once a search has looked it up. */
	term?: string;
};

/** A word with its term (see `termOf`): its lemmas, or its stem, or itself. */
export type Token = Word & {term: string};

// U+0301/U+0300: stress marks some texts put on vowels ("зáмок"), not part of the word.
const stressMarks = /[\u0300\u0301]/gu;

export function foldWord(word: string): string {
	return word.toLowerCase().replaceAll('ё', 'е').replace(stressMarks, '');
}

/**
 * The words of a text (split by `wordPattern()`), in order, folded but without their terms:
 * the highlighter looks those up itself.
 */
export function splitWords(text: string): Word[] {
	// Folding the whole text at once is much faster than word by word; it is only safe
	// when lowercasing kept every character's length (it does for Cyrillic and Latin).
	const lower = text.toLowerCase().replaceAll('ё', 'е');
	const aligned = lower.length === text.length;
	const stressed = text.includes('\u0301') || text.includes('\u0300');
	const words: Word[] = [];
	for (const match of text.matchAll(wordPattern())) {
		const start = match.index;
		const end = start + match[0].length;
		let folded = aligned ? lower.slice(start, end) : foldWord(match[0]);
		if (stressed && aligned) {
			folded = folded.replace(stressMarks, '');
		}

		words.push({start, end, folded});
	}

	return words;
}

/** The words of a text with their terms. */
export function tokenize(text: string): Token[] {
	return splitWords(text).map(word => ({...word, term: termOf(word.folded)}));
}

/** Just the terms, for indexing: no offsets, so the text is folded whole, marks and all. */
export function termsOf(text: string): string[] {
	const folded = foldWord(text);
	return (folded.match(wordPattern()) ?? []).map(word => termOf(word));
}
