/**
 * What makes a query unsearchable, checked without the stemmer so that the argument parser
 * can turn it into a usage error cheaply. Pure.
 */

/**
 * A word: letters, digits and combining marks, with at least one letter or digit. Everything
 * else separates words, so "ИИ-серверы" is two words and "$1,1" is two numbers. The index,
 * the query and the highlighter all split text by this, which keeps their matches in step.
 * Made on first use: building a Unicode-property expression has a cost of its own, and this
 * module is part of every start (the argument parser checks search queries).
 */
export function wordPattern(): RegExp {
	pattern ??= /\p{M}*[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
	return pattern;
}

let pattern: RegExp | undefined;

export type QueryProblem =
	| {kind: 'empty'}
	| {kind: 'no-words'}
	| {kind: 'too-many-words'; max: number};

export const maxQueryWords = 32;

export function queryProblemOf(text: string): QueryProblem | undefined {
	if (text.trim() === '') {
		return {kind: 'empty'};
	}

	const words = text.match(wordPattern())?.length ?? 0;
	if (words === 0) {
		return {kind: 'no-words'};
	}

	return words > maxQueryWords ? {kind: 'too-many-words', max: maxQueryWords} : undefined;
}
