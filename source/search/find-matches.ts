import {blockText, type Anchor, type Block} from '../archive/issue.js';
import {asSearchQuery, termMatches, type QueryPhrase, type QueryWord, type SearchQuery} from './parse-query.js';
import {phraseOccurrences, type TermMatcher} from './phrase-occurrences.js';
import {splitWords, type Word} from './tokenize.js';
import {termOf} from './word-term.js';

/** A matched run of text: from `offset`, `length` UTF-16 code units. */
export type TextMatch = {offset: number; length: number};

/**
 * A match in a story, anchored like reading positions (block index, character offset), never
 * a row number: so it lands on the same words at any width.
 */
export type StoryMatch = Anchor & {length: number};

/** Where the text is: `title:` phrases match titles only. */
export type TextField = 'title' | 'story';

/**
 * Every place in the text where a phrase the query asks for occurs, in reading order, with
 * the same lemmas as the index: for `чип`, "чипов" and "Чипами" are matches, for `лёд`
 * "льда". A phrase is one match from its first word to its last.
 */
export function findMatchesInText(text: string, query: SearchQuery | string, field: TextField = 'story'): TextMatch[] {
	const parsed = asSearchQuery(query);
	return parsed === undefined ? [] : findMatchesInWords(splitWords(text), parsed, field);
}

/** As `findMatchesInText`, for a text already split by `splitWords` (kept by a caller that searches it often). */
export function findMatchesInWords(words: readonly Word[], query: SearchQuery, field: TextField = 'story'): TextMatch[] {
	return matchesIn(words, phrasesIn(query, field), termMatcher());
}

/** As `findMatchesInStory`, for blocks already split by `splitWords`. */
export function findMatchesInBlocks(blocks: ReadonlyArray<readonly Word[]>, query: SearchQuery): StoryMatch[] {
	const phrases = phrasesIn(query, 'story');
	const matches = termMatcher();
	return blocks.flatMap((words, block) => matchesIn(words, phrases, matches)
		.map(({offset, length}) => ({block, offset, length})));
}

function phrasesIn(query: SearchQuery, field: TextField): QueryPhrase[] {
	return field === 'title' ? query.wanted : query.wanted.filter(phrase => !phrase.titleOnly);
}

/** `termMatches`, remembered per query word: a story repeats its words. */
function termMatcher(): TermMatcher {
	const known = new Map<QueryWord, Map<string, boolean>>();
	return (term, word) => {
		let answers = known.get(word);
		if (answers === undefined) {
			answers = new Map();
			known.set(word, answers);
		}

		let answer = answers.get(term);
		if (answer === undefined) {
			answer = termMatches(term, word);
			answers.set(term, answer);
		}

		return answer;
	};
}

function matchesIn(words: readonly Word[], phrases: readonly QueryPhrase[], matches: TermMatcher): TextMatch[] {
	if (phrases.length === 0) {
		return [];
	}

	// Kept on the words: a reader of search results keeps an issue's words between searches.
	const terms = words.map(word => word.term ?? termOf(word.folded));
	for (const [index, word] of words.entries()) {
		word.term ??= terms[index];
	}

	const found: TextMatch[] = [];
	for (const phrase of phrases) {
		for (const index of phraseOccurrences(terms, phrase, matches)) {
			const start = words[index]!.start;
			found.push({offset: start, length: words[index + phrase.words.length - 1]!.end - start});
		}
	}

	found.sort((a, b) => a.offset - b.offset || b.length - a.length);
	// Two phrases can cover the same words ("чип" and "чип nvidia"): keep the first, longest.
	const kept: TextMatch[] = [];
	for (const match of found) {
		const previous = kept.at(-1);
		if (previous === undefined || match.offset >= previous.offset + previous.length) {
			kept.push(match);
		}
	}

	return kept;
}

/**
 * The matches of a query in a story, for highlighting and for stepping through them with
 * n/N: anchors into `blockText(block)`, in reading order. Typed as text, a word the
 * dictionary does not know also matches as the start of words, as in less.
 */
export function findMatchesInStory(story: readonly Block[], query: SearchQuery | string): StoryMatch[] {
	const parsed = asSearchQuery(query, {unknownAsPrefix: true});
	return parsed === undefined ? [] : findMatchesInBlocks(story.map(block => splitWords(blockText(block))), parsed);
}
