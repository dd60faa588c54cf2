import {blockText, type Issue} from './issue.js';

/** Silent reading speed of Russian prose, words per minute (a common estimate for adults). */
export const wordsPerMinute = 180;

// Made on first use (a letter outside the fast ranges): building it would cost every start.
let otherLetter: RegExp | undefined;

/** Letters, digits and combining marks: Latin, Cyrillic and digits by range, the rest by Unicode. */
function isWordCharacter(code: number): boolean {
	if (code < 0x80) {
		return (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || (code >= 0x30 && code <= 0x39);
	}

	if (code >= 0x400 && code <= 0x4FF) {
		return true;
	}

	// No-break spaces, «», dashes, quotes, ellipses: the punctuation of every Russian text.
	if ((code >= 0x80 && code < 0xC0) || (code >= 0x2000 && code <= 0x206F)) {
		return false;
	}

	otherLetter ??= /[\p{L}\p{N}\p{M}]/u;
	return otherLetter.test(String.fromCharCode(code));
}

/**
 * Words: runs of letters and digits, joined by a hyphen or apostrophe inside a word
 * ("из-за" is one). A loop rather than a Unicode-property expression: counting the words
 * of an issue is on the path of printing commands, and such an expression's first use
 * alone is a sizeable part of their start-up budget.
 */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isWordCharacter(code)) {
			words += inWord ? 0 : 1;
			inWord = true;
		} else if (inWord && (code === 0x2D || code === 0x27 || code === 0x2019) && index + 1 < text.length && isWordCharacter(text.charCodeAt(index + 1))) {
			// A joiner inside a word keeps it one word.
		} else {
			inWord = false;
		}
	}

	return words;
}

export function storyWords(issue: Pick<Issue, 'story'>): number {
	let words = 0;
	for (const block of issue.story) {
		words += countWords(blockText(block));
	}

	return words;
}

/** Whole minutes to read, at least one for any text at all. */
export function readingMinutes(words: number): number {
	return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
