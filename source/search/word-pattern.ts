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
