import {blockText, type Anchor, type Block} from '../archive/issue.js';
import {asSearchQuery, type QueryPhrase, type SearchQuery} from './parse-query.js';
import {phraseOccurrences} from './phrase-occurrences.js';
import {splitWords, type Word} from './tokenize.js';
import {russianDictionary} from './russian-dictionary.js';
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
	const phrases = phrasesIn(query, field);
	return matchesIn(words, phrases, candidateTest(phrases));
}

/** As `findMatchesInStory`, for blocks already split by `splitWords`. */
export function findMatchesInBlocks(blocks: ReadonlyArray<readonly Word[]>, query: SearchQuery): StoryMatch[] {
	const phrases = phrasesIn(query, 'story');
	const mayMatch = candidateTest(phrases);
	return blocks.flatMap((words, block) => matchesIn(words, phrases, mayMatch)
		.map(({offset, length}) => ({block, offset, length})));
}

function phrasesIn(query: SearchQuery, field: TextField): QueryPhrase[] {
	return field === 'title' ? query.wanted : query.wanted.filter(phrase => !phrase.titleOnly);
}

/**
 * Which words may match, told from their spelling alone, so that only those are looked up:
 * the forms the dictionary has of a query word's lemmas, and words beginning with a lemma
 * (a stem, a Latin name, a number is the start of its words). A prefix query looks up all.
 */
function candidateTest(phrases: readonly QueryPhrase[]): (folded: string) => boolean {
	const words = phrases.flatMap(phrase => phrase.words);
	if (words.some(word => word.kind === 'prefix')) {
		return () => true;
	}

	const lemmas = words.flatMap(word => word.kind === 'word' ? word.lemmas : []);
	const forms = new Set(lemmas.flatMap(lemma => russianDictionary().formsOf(lemma).map(form => form.replaceAll('ё', 'е'))));
	return folded => forms.has(folded) || lemmas.some(lemma => folded.startsWith(lemma));
}

function matchesIn(words: readonly Word[], phrases: readonly QueryPhrase[], mayMatch: (folded: string) => boolean): TextMatch[] {
	if (phrases.length === 0) {
		return [];
	}

	// Kept on the words: a reader of search results keeps an issue's words between searches.
	// A word that cannot match stands as '', which matches no query word.
	const terms = words.map(word => {
		if (word.term === undefined && mayMatch(word.folded)) {
			word.term = termOf(word.folded);
		}

		return word.term ?? '';
	});

	const found: TextMatch[] = [];
	for (const phrase of phrases) {
		for (const index of phraseOccurrences(terms, phrase)) {
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
