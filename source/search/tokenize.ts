import {wordPattern} from './query-problem.js';
import {stemWord} from './russian-stemmer.js';

/** One word of a text: where it stands and what it matches as. */
export type Token = {
	/** UTF-16 offsets into the text: [start, end). */
	start: number;
	end: number;
	/** Lowercased, ё folded to е, stress marks dropped. */
	folded: string;
	/** The folded word, stemmed when it is Russian. */
	stem: string;
};

// U+0301/U+0300: stress marks some texts put on vowels ("зáмок"), not part of the word.
const stressMarks = /[\u0300\u0301]/gu;

export function foldWord(word: string): string {
	return word.toLowerCase().replaceAll('ё', 'е').replace(stressMarks, '');
}

/** The words of a text (split by `wordPattern`), in order. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(wordPattern)) {
		const folded = foldWord(match[0]);
		tokens.push({start: match.index, end: match.index + match[0].length, folded, stem: stemWord(folded)});
	}

	return tokens;
}

/** Just the stems, for indexing. */
export function stemsOf(text: string): string[] {
	return tokenize(text).map(token => token.stem);
}
