import {isCyrillicLower} from './no-break-rules.js';

/**
 * Where a Russian word may be hyphenated, by the TeX Russian patterns (the `hyphen`
 * package; hyphenopoly uses the same patterns and agrees on 49 999 of 50 000 words, but
 * loads WebAssembly asynchronously from files, and layout is pure and synchronous).
 *
 * Only plain Cyrillic words are hyphenated: the patterns would also split digits, Latin,
 * URLs, e-mail addresses and capitals abbreviations («ВТБ», «ЦБ»), so those are left
 * whole. The library is several times slower than the line breaker, but the breaker asks
 * for one word per line at most, so it costs little; a small cache covers the words of a
 * re-flow.
 */

type HyphenateSync = (text: string, options: {hyphenChar: string; minWordLength: number}) => string;

/** Where Russian words may be hyphenated: the loaded patterns, given to the layout. */
export type Hyphenator = {
	/**
	 * Offsets inside `text.slice(start, end)` (absolute) after which a hyphen may go, at
	 * least two letters from either end; none when the word is not plain Cyrillic.
	 */
	points(text: string, start: number, end: number): readonly number[];
};

let loaded: Promise<Hyphenator> | undefined;

/**
 * Loads the patterns, once per process. They are ~200 KB of JavaScript whose evaluation
 * alone would be a large share of a printing command's start-up budget, so only callers
 * that hyphenate load them and hand the hyphenator to the layout.
 */
export async function loadHyphenator(): Promise<Hyphenator> {
	loaded ??= import('hyphen/ru/index.js').then(module => hyphenatorOf(module.default.hyphenateSync));
	return loaded;
}

/** A marker the patterns never produce inside a Russian word. */
const mark = '\u0001';
const cacheLimit = 20_000;
const none: readonly number[] = [];

function isCyrillicUpper(code: number): boolean {
	return (code >= 0x410 && code <= 0x42F) || code === 0x401;
}

/**
 * True for a word the patterns may split: Cyrillic letters only, all lower case but
 * perhaps the first.
 */
export function isHyphenatable(text: string, start: number, end: number): boolean {
	if (end - start < 4) {
		return false;
	}

	if (!isCyrillicLower(text.charCodeAt(start)) && !isCyrillicUpper(text.charCodeAt(start))) {
		return false;
	}

	for (let index = start + 1; index < end; index++) {
		if (!isCyrillicLower(text.charCodeAt(index))) {
			return false;
		}
	}

	return true;
}

/** A hyphenator over the patterns, with a small cache covering the words of a re-flow. */
function hyphenatorOf(hyphenateSync: HyphenateSync): Hyphenator {
	const cache = new Map<string, readonly number[]>();
	return {
		points(text, start, end) {
			if (!isHyphenatable(text, start, end)) {
				return none;
			}

			// The patterns are lower case; Cyrillic case mapping keeps offsets.
			const word = text.slice(start, end).toLowerCase();
			let points = cache.get(word);
			if (points === undefined) {
				points = patternPoints(hyphenateSync, word);
				if (cache.size >= cacheLimit) {
					cache.clear();
				}

				cache.set(word, points);
			}

			return points.length === 0 ? none : points.map(point => start + point);
		},
	};
}

function patternPoints(hyphenateSync: HyphenateSync, word: string): readonly number[] {
	const marked = hyphenateSync(word, {hyphenChar: mark, minWordLength: 4});
	const points: number[] = [];
	let offset = 0;
	for (let index = 0; index < marked.length; index++) {
		if (marked.charCodeAt(index) === 1) {
			if (offset >= 2 && word.length - offset >= 2) {
				points.push(offset);
			}
		} else {
			offset++;
		}
	}

	return points;
}
