import {blockText, type Anchor, type Block} from '../archive/issue.js';
import {clauseOccurrences} from './clause-occurrences.js';
import {asSearchQuery, type SearchQuery} from './parse-query.js';
import {stemWord} from './russian-stemmer.js';
import {splitWords, type Word} from './tokenize.js';

/** A matched run of text: from `offset`, `length` UTF-16 code units. */
export type TextMatch = {offset: number; length: number};

/**
 * A match in a story, anchored like reading positions (block index, character offset), never
 * a row number: so it lands on the same words at any width.
 */
export type StoryMatch = Anchor & {length: number};

/**
 * Every place in the text where a clause of the query occurs, in reading order, with the
 * same morphology as the index: for `чип`, "чипов" and "Чипами" are matches. A phrase is
 * one match from its first word to its last.
 */
export function findMatchesInText(text: string, query: SearchQuery | string): TextMatch[] {
	const parsed = asSearchQuery(query);
	return parsed === undefined ? [] : findMatchesInWords(splitWords(text), parsed);
}

/** As `findMatchesInText`, for a text already split by `splitWords` (kept by a caller that searches it often). */
export function findMatchesInWords(words: readonly Word[], query: SearchQuery): TextMatch[] {
	return matchesIn(words, query, queryStemsOf(query));
}

/** As `findMatchesInStory`, for blocks already split by `splitWords`. */
export function findMatchesInBlocks(blocks: ReadonlyArray<readonly Word[]>, query: SearchQuery): StoryMatch[] {
	const queryStems = queryStemsOf(query);
	return blocks.flatMap((words, block) => matchesIn(words, query, queryStems)
		.map(({offset, length}) => ({block, offset, length})));
}

function queryStemsOf(query: SearchQuery): string[] {
	return query.clauses.flatMap(clause => clause.words.map(word => word.stem));
}

function matchesIn(words: readonly Word[], query: SearchQuery, queryStems: readonly string[]): TextMatch[] {
	// A stem is always the start of its word (Snowball only cuts endings), so a word that
	// begins with none of the query's stems cannot match and need not be stemmed ('' matches
	// no query word).
	const stems = words.map(({folded}) => queryStems.some(stem => folded.startsWith(stem)) ? stemWord(folded) : '');
	const matches: TextMatch[] = [];
	for (const clause of query.clauses) {
		for (const index of clauseOccurrences(stems, clause)) {
			const start = words[index]!.start;
			matches.push({offset: start, length: words[index + clause.words.length - 1]!.end - start});
		}
	}

	matches.sort((a, b) => a.offset - b.offset || b.length - a.length);
	// Two clauses can cover the same words ("чип" and "чип nvidia"): keep the first, longest.
	const kept: TextMatch[] = [];
	for (const match of matches) {
		const previous = kept.at(-1);
		if (previous === undefined || match.offset >= previous.offset + previous.length) {
			kept.push(match);
		}
	}

	return kept;
}

/**
 * The matches of a query in a story, for highlighting and for stepping through them with
 * n/N: anchors into `blockText(block)`, in reading order.
 */
export function findMatchesInStory(story: readonly Block[], query: SearchQuery | string): StoryMatch[] {
	const parsed = asSearchQuery(query);
	return parsed === undefined ? [] : findMatchesInBlocks(story.map(block => splitWords(blockText(block))), parsed);
}
