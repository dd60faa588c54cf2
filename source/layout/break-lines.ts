import {displayWidth, graphemeEnds} from './display-width.js';
import type {Hyphenator} from './hyphenation.js';
import {bindWords, compoundBreaks, isNumberWord} from './no-break-rules.js';
import {isProperName} from './proper-names.js';
import {splitWords, type Words} from './words.js';

/**
 * One row of a broken paragraph: `text.slice(start, end)` less soft hyphens, plus a
 * hyphen when `hyphen` is set. The break spaces between rows belong to no row.
 */
export type Row = {
	start: number;
	end: number;
	/** Display width, the inserted hyphen included. */
	width: number;
	/** A hyphen is inserted after `end`: the row ends inside a word split by hyphenation. */
	hyphen: boolean;
};

export type BreakOptions = {
	/** Split words with these Russian hyphenation patterns where a line would be too ragged; none: no hyphenation. */
	hyphenator?: Hyphenator | undefined;
	/** Apply the Russian no-break rules (default true). Off: any space breaks. */
	typography?: boolean;
};

/** At most this many rows in a row end in a hyphen, unless a word longer than the line forces one. */
const maxHyphenStreak = 2;

/**
 * Hyphenation is tried only when breaking at the last space would leave more than an
 * eighth of the row empty (10 columns at 80, 4 at 32, at least 3). Measured on 300 KB of
 * the benchmark's Russian-like text at 80 columns, rows other than a paragraph's last:
 * without hyphenation 16 % of rows have 10 or more free columns (mean free 5.6);
 * hyphenating every overflowing word puts a hyphen on 34 % of rows to bring that to
 * 5.6 %; at this threshold 9 % of rows are hyphenated and 6.4 % stay that ragged (mean
 * free 4.5). Lower thresholds mostly add hyphens to rows nobody would call ragged
 * (width / 10: 16 % hyphenated for 4.6 %); higher ones leave the holes (width / 6:
 * 3.4 % hyphenated, 12 % ragged). In a narrow column (32) Russian words are long next to
 * the row, so about a third of rows get a hyphen at any threshold: that is what it takes
 * to fill them.
 */
export function raggedLimit(width: number): number {
	return Math.max(3, Math.floor(width / 8));
}

type Split = {end: number; width: number; hyphen: boolean};

const softHyphen = 0xAD;

/**
 * Breaks one paragraph into rows of at most `width` columns (at least 1 is assumed;
 * a single grapheme wider than the width still gets a row of its own). A line feed
 * inside the paragraph is a forced break.
 */
export function breakParagraph(text: string, width: number, options: BreakOptions = {}): Row[] {
	const rows: Row[] = [];
	let start = 0;
	const end = text.length;
	while (start <= end) {
		let lineEnd = text.indexOf('\n', start);
		if (lineEnd === -1) {
			lineEnd = end;
		}

		const before = rows.length;
		breakStretch(text, start, lineEnd, width, options, rows);
		if (rows.length === before && start > 0 && lineEnd < end) {
			// An empty line between two lines of one paragraph stays visible.
			rows.push({start, end: start, width: 0, hyphen: false});
		}

		start = lineEnd + 1;
	}

	return rows;
}

/**
 * Offsets where a line may start in `text` (a stretch without line feeds), in order.
 * Never before the first word: leading spaces are not shown, so no row starts there.
 */
export function breakOpportunities(text: string, options: BreakOptions = {}): number[] {
	const typography = options.typography ?? true;
	const words = splitWords(text, 0, text.length);
	const bound = typography ? bindWords(text, words, true) : new Uint8Array(words.count);
	const breaks: number[] = [];
	for (let index = 0; index < words.count; index++) {
		const start = words.starts[index]!;
		if (index > 0 && bound[index - 1] === 0) {
			breaks.push(start);
		}

		breaks.push(...compoundBreaks(text, start, words.ends[index]!, typography));
	}

	return breaks;
}

/**
 * Greedy first fit over the words of `text.slice(start, end)`, which holds no line feed.
 * A line breaks at the last space the no-break rules allow; when the word that does not
 * fit can be split inside (at its own hyphen, or by hyphenation when the line would
 * otherwise be ragged) and that fills the line better, it is split instead.
 */
function breakStretch(text: string, start: number, end: number, width: number, options: BreakOptions, rows: Row[]): void {
	const words = splitWords(text, start, end);
	const {count, starts, ends, widths, gapWidths} = words;
	if (count === 0) {
		return;
	}

	const typography = options.typography ?? true;
	const bound = typography ? bindWords(text, words, true) : new Uint8Array(count);
	const breaker: Breaker = {
		text, words, bound, width, typography, hyphenator: options.hyphenator, suffixWidths: undefined, streak: 0,
	};

	let rowStart = starts[0]!;
	let first = 0;
	let firstWidth = widths[0]!;
	let rowWidth = 0;
	let lastBreak = -1;
	let lastBreakWidth = 0;
	let index = 0;

	const startRow = (wordIndex: number, from: number): void => {
		first = wordIndex;
		rowStart = from;
		firstWidth = from === starts[wordIndex] ? widths[wordIndex]! : displayWidth(text, from, ends[wordIndex]!);
		rowWidth = 0;
		lastBreak = -1;
		index = wordIndex;
	};

	while (index < count) {
		const isFirst = index === first;
		const wordWidth = isFirst ? firstWidth : widths[index]!;
		const widthWith = isFirst ? wordWidth : rowWidth + gapWidths[index]! + wordWidth;
		if (widthWith <= width) {
			rowWidth = widthWith;
			if (bound[index] === 0) {
				lastBreak = index;
				lastBreakWidth = widthWith;
			}

			index++;
			continue;
		}

		const wordOffset = isFirst ? 0 : rowWidth + gapWidths[index]!;
		const wordFrom = isFirst ? rowStart : starts[index]!;
		const canBreak = lastBreak >= 0;
		const split = splitWord(breaker, index, wordFrom, width - wordOffset, canBreak ? width - lastBreakWidth : width, false);
		// A split always fills the row further than the last space would.
		if (split !== undefined) {
			rows.push({start: rowStart, end: split.end, width: wordOffset + split.width, hyphen: split.hyphen});
			breaker.streak++;
			startRow(index, split.end);
			continue;
		}

		if (canBreak) {
			breaker.streak = 0;
			rows.push({start: rowStart, end: ends[lastBreak]!, width: lastBreakWidth, hyphen: false});
			startRow(lastBreak + 1, starts[lastBreak + 1]!);
			continue;
		}

		if (!isFirst) {
			// The words bound together since the row began are wider than the line: the
			// no-break rules yield to the width, and the row breaks at its weakest bond
			// (the last of them), so «на $1 трлн» keeps «$1 трлн» and lets «на» go.
			let last = index - 1;
			let lastWidth = rowWidth;
			let width = rowWidth;
			for (let candidate = index - 2; candidate >= first; candidate--) {
				width -= gapWidths[candidate + 1]! + widths[candidate + 1]!;
				if (bound[candidate]! < bound[last]!) {
					last = candidate;
					lastWidth = width;
				}
			}

			rows.push({start: rowStart, end: ends[last]!, width: lastWidth, hyphen: false});
			breaker.streak = 0;
			startRow(last + 1, starts[last + 1]!);
			continue;
		}

		// One word wider than the line: hyphenate it if it is a Russian word, else cut it
		// between graphemes.
		const cut = splitWord(breaker, index, wordFrom, width, width, true) ?? cutGraphemes(text, wordFrom, ends[index]!, width);
		rows.push({start: rowStart, end: cut.end, width: cut.width, hyphen: cut.hyphen});
		breaker.streak = cut.hyphen ? breaker.streak + 1 : 0;
		startRow(index, cut.end);
	}

	rows.push({start: rowStart, end: ends[count - 1]!, width: rowWidth, hyphen: false});
}

type Breaker = {
	text: string;
	words: Words;
	/** The no-break rules' bonds between each word and the next ({@link bindWords}). */
	bound: Uint8Array;
	width: number;
	typography: boolean;
	hyphenator: Hyphenator | undefined;
	/** Width from the space before each word to the end of the stretch, computed on first use. */
	suffixWidths: Float64Array | undefined;
	/** Rows in a row that end in a hyphen. */
	streak: number;
};

/**
 * The longest head of word `index` from `from` that fits in `room` columns and ends
 * where the word may split: after one of its own hyphens, or (hyphenation on) at a
 * pattern point or soft hyphen, with a hyphen added. Unless `forced` (the word is wider
 * than the line), hyphenation needs a ragged line (`free` columns left by the last
 * space above {@link raggedLimit}), fewer than {@link maxHyphenStreak} hyphenated rows
 * just above, and a split that is not on the paragraph's next-to-last row (which would
 * leave the hyphen there and a stub on the last row).
 */
function splitWord(breaker: Breaker, index: number, from: number, room: number, free: number, forced: boolean): Split | undefined {
	const {text, words} = breaker;
	const wordStart = words.starts[index]!;
	const wordEnd = words.ends[index]!;
	if (!forced && breaker.streak >= maxHyphenStreak) {
		return undefined;
	}

	let best: Split | undefined;
	for (const point of compoundBreaks(text, wordStart, wordEnd, breaker.typography)) {
		if (point > from) {
			const width = displayWidth(text, from, point);
			if (width <= room && (best === undefined || point > best.end)) {
				best = {end: point, width, hyphen: false};
			}
		}
	}

	const {hyphenator} = breaker;
	if (hyphenator === undefined || (!forced && (free <= raggedLimit(breaker.width) || keepsWhole(breaker, index)))) {
		return best;
	}

	for (const point of patternPoints(hyphenator, text, wordStart, wordEnd)) {
		if (point <= from || (best !== undefined && point <= best.end)) {
			continue;
		}

		const width = displayWidth(text, from, point) + 1;
		if (width > room) {
			break;
		}

		if (forced || !endsNextToLastRow(breaker, index, point)) {
			best = {end: point, width, hyphen: true};
		}
	}

	return best;
}

/**
 * Words hyphenation leaves whole unless they are wider than the line: proper names, and
 * the word a number is bound to («2020 го-/ду» would split the year from its noun).
 */
function keepsWhole(breaker: Breaker, index: number): boolean {
	const {text, words, bound} = breaker;
	if (breaker.typography && index > 0 && bound[index - 1]! > 0 && isNumberWord(text, words.starts[index - 1]!, words.ends[index - 1]!)) {
		return true;
	}

	return breaker.typography && isProperName(text, words, index);
}

/** Hyphenation points of a word: its soft hyphens if it has any, else the patterns' points in its letters. */
function patternPoints(hyphenator: Hyphenator, text: string, start: number, end: number): readonly number[] {
	const softHyphens: number[] = [];
	for (let index = start; index < end - 1; index++) {
		if (text.charCodeAt(index) === softHyphen) {
			softHyphens.push(index + 1);
		}
	}

	if (softHyphens.length > 0) {
		return softHyphens;
	}

	let coreStart = start;
	while (coreStart < end && !isWordLetter(text.charCodeAt(coreStart))) {
		coreStart++;
	}

	let coreEnd = end;
	while (coreEnd > coreStart && !isWordLetter(text.charCodeAt(coreEnd - 1))) {
		coreEnd--;
	}

	// Punctuation around the word («слово», (слово)) is not part of it; anything else
	// that is not a Cyrillic letter makes the hyphenator refuse the word.
	return hyphenator.points(text, coreStart, coreEnd);
}

function isWordLetter(code: number): boolean {
	return (code >= 0x400 && code <= 0x52F) || (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) || (code >= 0x30 && code <= 0x39);
}

/** True when what follows a split at `point` fits on one row, so that row would be the last. */
function endsNextToLastRow(breaker: Breaker, index: number, point: number): boolean {
	const {text, words} = breaker;
	breaker.suffixWidths ??= suffixWidths(words);
	const rest = displayWidth(text, point, words.ends[index]!) + breaker.suffixWidths[index + 1]!;
	return rest <= breaker.width;
}

/** For each word, the width from the space before it to the end of the stretch. */
function suffixWidths(words: Words): Float64Array {
	const sums = new Float64Array(words.count + 1);
	for (let index = words.count - 1; index >= 0; index--) {
		sums[index] = sums[index + 1]! + words.gapWidths[index]! + words.widths[index]!;
	}

	return sums;
}

/** The longest run of whole graphemes from `from` that fits `room` (at least one grapheme). */
function cutGraphemes(text: string, from: number, end: number, room: number): Split {
	let cut: Split | undefined;
	let width = 0;
	for (const grapheme of graphemeEnds(text, from, end)) {
		if (cut !== undefined && width + grapheme.width > room) {
			break;
		}

		width += grapheme.width;
		cut = {end: grapheme.end, width, hyphen: false};
	}

	return cut ?? {end, width: 0, hyphen: false};
}
