import {blockText, type Issue} from './issue.js';

/** Silent reading speed of Russian prose, words per minute (a common estimate for adults). */
export const wordsPerMinute = 180;

const word = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
	return text.match(word)?.length ?? 0;
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
