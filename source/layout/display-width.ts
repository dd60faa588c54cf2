import {clusterTextWidth, graphemeSegmenter} from './cluster-width.js';

/**
 * Terminal columns taken by text: grapheme clusters, wide East Asian characters,
 * emoji sequences and zero-width characters, as string-width counts them.
 *
 * Almost every character of a Russian newsletter is Cyrillic, Latin or punctuation,
 * one column per UTF-16 code unit. Those are counted by a table-free fast path; the
 * cluster measure (string-width's rules: graphemes by Intl.Segmenter, emoji regexes,
 * ~50× slower) only sees the rare stretch that contains something else.
 * Callers measure words or paragraphs, never a whole story: Intl.Segmenter is
 * quadratic in the string length on Node 20 (a string of 64 k characters is already
 * slow to segment, and one of a megabyte does not finish).
 */

/** Marks a code unit the fast path cannot measure on its own. */
const slow = -1;

/**
 * Width of one UTF-16 code unit when it is a whole grapheme of known width,
 * else {@link slow}. Combining marks, surrogates, joiners and variation
 * selectors are slow: they change the width of their neighbours.
 */
export function fastCharWidth(code: number): number {
	if (code < 0x7F) {
		return code >= 0x20 ? 1 : 0;
	}

	if (code < 0x300) {
		// C1 controls and the soft hyphen print nothing (a soft hyphen must never reach
		// the terminal: glibc terminals show it as a full column, string-width as none).
		return code < 0xA0 || code === 0xAD ? 0 : 1;
	}

	if (code >= 0x400 && code <= 0x52F) {
		// Cyrillic and Cyrillic Supplement, less the combining titlo and friends.
		return code >= 0x483 && code <= 0x489 ? slow : 1;
	}

	if (code >= 0x2010 && code <= 0x2027) {
		// Dashes, quotes, bullets, ellipsis.
		return 1;
	}

	if ((code >= 0x2030 && code <= 0x205E) || (code >= 0x20A0 && code <= 0x20C0) || code === 0x2116 || code === 0x2122) {
		// Per mille, primes, guillemets, currency signs (₽), numero sign, trade mark.
		return 1;
	}

	if (code === 0x202F || code === 0x2007 || code === 0x2009 || code === 0x200A) {
		// Narrow no-break, figure, thin and hair spaces: terminals give each a column.
		return 1;
	}

	if ((code >= 0x200B && code <= 0x200D) || code === 0x2060 || code === 0xFEFF) {
		// Zero-width space and the joiners change graphemes (ZWJ emoji): slow.
		return code === 0x200B || code === 0x2060 || code === 0xFEFF ? 0 : slow;
	}

	return slow;
}

/** Display width of `text.slice(start, end)`. */
export function displayWidth(text: string, start = 0, end: number = text.length): number {
	let width = 0;
	for (let index = start; index < end; index++) {
		const charWidth = fastCharWidth(text.charCodeAt(index));
		if (charWidth === slow) {
			// The slow character may join the one before it (© + VS16 is one wide emoji),
			// so the cluster measure starts from that one.
			const from = index > start ? index - 1 : index;
			return width - (from < index ? fastCharWidth(text.charCodeAt(from)) : 0) + slowWidth(text.slice(from, end));
		}

		width += charWidth;
	}

	return width;
}

/**
 * True when every code unit of the range is its own grapheme of known width,
 * so the range can be cut anywhere.
 */
export function isFastRange(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		if (fastCharWidth(text.charCodeAt(index)) === slow) {
			return false;
		}
	}

	return true;
}

function slowWidth(text: string): number {
	return clusterTextWidth(text);
}

/**
 * Grapheme boundaries inside `text.slice(start, end)` (absolute offsets, `start`
 * excluded, `end` included) with the width of the cluster that ends there.
 * Used to cut a word longer than the line, so the range is one word.
 */
export function graphemeEnds(text: string, start: number, end: number): Array<{end: number; width: number}> {
	const ends: Array<{end: number; width: number}> = [];
	if (isFastRange(text, start, end)) {
		for (let index = start; index < end; index++) {
			ends.push({end: index + 1, width: fastCharWidth(text.charCodeAt(index))});
		}

		return ends;
	}

	for (const {segment, index} of graphemeSegmenter().segment(text.slice(start, end))) {
		ends.push({end: start + index + segment.length, width: displayWidth(segment)});
	}

	return ends;
}
