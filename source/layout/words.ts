import {displayWidth} from './display-width.js';

/**
 * A paragraph cut into words at its break spaces, as parallel arrays (one entry a word):
 * a story reflows on every resize, and a megabyte of text has ~100 000 words, so no
 * object per word.
 */
export type Words = {
	count: number;
	/** Offset of the word's first character in the paragraph's text. */
	starts: number[];
	/** One past the word's last character. */
	ends: number[];
	/** Display width of the word. */
	widths: number[];
	/** Display width of the spaces before the word (0 for the first word). */
	gapWidths: number[];
};

/**
 * Spaces a line may break at. No-break spaces (U+00A0, U+202F, U+2007) are part of their
 * words; a tab or a stray CR is a space here and prints as one.
 */
export function isBreakSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0D || code === 0x0C || code === 0x0B
		|| (code >= 0x2000 && code <= 0x200B && code !== 0x2007)
		|| code === 0x205F || code === 0x3000 || code === 0x1680 || code === 0x2028 || code === 0x2029;
}

/** Width of a gap: tabs and line feeds print as one space; U+200B takes no column. */
function gapCharWidth(code: number): number {
	return code === 0x200B ? 0 : 1;
}

/** The words of `text.slice(start, end)`, a stretch that holds no line feed. */
export function splitWords(text: string, start: number, end: number): Words {
	const words: Words = {count: 0, starts: [], ends: [], widths: [], gapWidths: []};
	let index = start;
	let gap = 0;
	while (index < end) {
		const code = text.charCodeAt(index);
		if (isBreakSpace(code)) {
			gap += gapCharWidth(code);
			index++;
			continue;
		}

		const wordStart = index;
		while (index < end && !isBreakSpace(text.charCodeAt(index))) {
			index++;
		}

		words.starts.push(wordStart);
		words.ends.push(index);
		words.widths.push(displayWidth(text, wordStart, index));
		words.gapWidths.push(words.count === 0 ? 0 : gap);
		words.count++;
		gap = 0;
	}

	return words;
}
