import {blockText, type Block} from '../archive/issue.js';

/** A match in a story: block, character offset into its text, length. */
export type StoryMatch = {block: number; offset: number; length: number};

/**
 * Case- and ё-insensitive folding that keeps every character's offset (both foldings
 * map one UTF-16 unit to one), so matches found in folded text point into the story.
 */
export function foldForSearch(text: string): string {
	const lower = text.toLowerCase().replaceAll('ё', 'е');
	if (lower.length === text.length) {
		return lower;
	}

	// A few capitals lowercase to two units (İ); fold those one by one to keep offsets.
	return [...text].map(character => {
		const folded = character.toLowerCase();
		return folded.length === character.length ? folded : character;
	}).join('').replaceAll('ё', 'е');
}

/** Every occurrence of the query in the story, in reading order. */
export function findStoryMatches(story: readonly Block[], query: string): StoryMatch[] {
	const needle = foldForSearch(query.trim());
	if (needle === '') {
		return [];
	}

	const matches: StoryMatch[] = [];
	story.forEach((block, index) => {
		const text = foldForSearch(blockText(block));
		for (let offset = text.indexOf(needle); offset !== -1; offset = text.indexOf(needle, offset + needle.length)) {
			matches.push({block: index, offset, length: needle.length});
		}
	});
	return matches;
}
