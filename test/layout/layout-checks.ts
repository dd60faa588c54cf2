import stringWidth from 'string-width';
import {blockText, type Block} from '../../source/archive/issue.js';
import type {Line} from '../../source/layout/layout.js';
import {lineIndexOfAnchor} from '../../source/layout/anchor-index.js';

/**
 * Checks of a layout written apart from the engine (its own word splitting and its own
 * reading of rules 2–4), so that a test using them can fail when the engine is wrong.
 * Each returns a list of problems; a test expects it empty.
 */

/** The story characters a row shows: marker spans left out, an inserted hyphen removed. */
export function storyTextOf(line: Line): string {
	const text = line.spans.filter(span => !span.styles.includes('marker')).map(span => span.text).join('');
	return line.hyphenated ? text.slice(0, -1) : text;
}

/** What a terminal may show of story text: no soft hyphens or controls, control spaces as spaces. */
export function shown(text: string): string {
	return text.replaceAll(/[\t\v\f\r\u2028\u2029]/g, ' ').replaceAll(/[\u0000-\u001F\u007F-\u009F\u00AD]/g, '');
}

const breakSpace = /[ \t\v\f\r\u2000-\u2006\u2008-\u200B\u2028\u2029\u205F\u3000\u1680]/;
const trailingBreakSpaces = /[ \t\v\f\r\u2000-\u2006\u2008-\u200B\u2028\u2029\u205F\u3000\u1680\n]+$/;

/** Row r's story range: from its anchor to the next row's anchor in the block (or the block's end). */
function rowRanges(lines: readonly Line[], blocks: readonly Block[]): Array<{start: number; end: number} | undefined> {
	return lines.map((line, index) => {
		if (line.kind === 'blank') {
			return undefined;
		}

		const next = lines.slice(index + 1).find(other => other.kind === 'text');
		const end = next !== undefined && next.block === line.block ? next.anchor.offset : blockText(blocks[line.block]!).length;
		return {start: line.anchor.offset, end};
	});
}

/** Widths, clean spans, exact restoration of the text, blank rows, anchors that round-trip. */
export function layoutProblems(lines: readonly Line[], blocks: readonly Block[], width: number): string[] {
	const problems: string[] = [];
	const ranges = rowRanges(lines, blocks);
	lines.forEach((line, index) => {
		const joined = line.spans.map(span => span.text).join('');
		if (line.width > width || stringWidth(joined) !== line.width) {
			problems.push(`row ${index} "${joined}": width ${line.width}, measured ${stringWidth(joined)}, limit ${width}`);
		}

		if (/[\u0000-\u001F\u007F-\u009F\u00AD]/.test(joined)) {
			problems.push(`row ${index} shows a control character or soft hyphen`);
		}

		if (line.hyphenated === true && !joined.endsWith('-')) {
			problems.push(`row ${index} is hyphenated without a hyphen`);
		}

		const range = ranges[index];
		if (range === undefined) {
			if (lines[index + 1]?.kind !== 'text' || JSON.stringify(lines[index + 1]!.anchor) !== JSON.stringify(line.anchor) || index === 0) {
				problems.push(`blank row ${index} is not followed by the row of its anchor`);
			}

			return;
		}

		const source = blockText(blocks[line.block]!);
		const expected = shown(source.slice(range.start, range.end).replace(trailingBreakSpaces, ''));
		if (storyTextOf(line) !== expected) {
			problems.push(`row ${index} shows "${storyTextOf(line)}" where the story has "${expected}"`);
		}

		if (storyTextOf(line) !== '' && breakSpace.test(source[range.start]!)) {
			problems.push(`row ${index} starts with a space`);
		}

		if (lineIndexOfAnchor(lines, line.anchor) !== index) {
			problems.push(`row ${index}'s anchor leads to row ${lineIndexOfAnchor(lines, line.anchor)}`);
		}
	});

	// Every block with text is shown from its first word to its last.
	blocks.forEach((block, blockIndex) => {
		const text = blockText(block);
		const rows = lines.filter(line => line.kind === 'text' && line.block === blockIndex);
		if (text.trim() !== '' && (rows.length === 0 || text.slice(0, rows[0]!.anchor.offset).trim() !== '')) {
			problems.push(`block ${blockIndex} does not start on a row`);
		}
	});

	return problems;
}

const functionWords = new Set(['в', 'во', 'к', 'ко', 'с', 'со', 'у', 'о', 'об', 'от', 'до', 'из', 'за', 'на', 'по', 'и', 'а', 'я', 'но', 'не', 'ни', 'да', 'из-за', 'из-под', 'по-над', 'для', 'при', 'без', 'под', 'над', 'про', 'обо', 'изо', 'ото', 'подо', 'надо', 'передо', 'предо']);
const particles = new Set(['бы', 'б', 'ли', 'ль', 'же', 'ж']);
/** Words that never end a row: the prepositions and conjunctions above, and any other word of one or two Cyrillic letters but a particle. */
const shortWords = {has: (word: string) => functionWords.has(word) || (/^[а-яё]{1,2}$/.test(word) && !particles.has(word))};
/** Abbreviations that keep a number or name after them: addresses, pages, «см.», «им.». */
const addressAbbreviations = /^(д|кв|под|эт|мкр|мкрн|обл|кр|ст|пос|с|ул|пер|пр|пр-т|просп|пл|бул|б-р|наб|ш|туп|оф|комн?|уч|вл|влад|стр|кор|корп|гл|рис|илл?|п|см|им)\.$/i;
const numberWords = /^(тыс|млн|млрд|трлн)\.?$/;
const opening = /^[«„“(\[]+/;
const closing = /[»”"'’),.;:!?…\]}]+$/;
/** Letters as the rules mean them: Latin and Cyrillic (a number before 日本 is not before a word). */
const letter = '[A-Za-zÀ-ɏЀ-ҁҊ-ԯ]';
const upper = '[A-ZЀ-Я]';

function core(word: string): string {
	return word.replace(opening, '').replace(closing, '').toLowerCase();
}

/**
 * Whether rules 2–4 forbid a break between two neighbouring words, as this test reads
 * them. `leftOpensParagraph`: the left word is the first of its paragraph; `after` the
 * words after the right one, `before` the word before the left one.
 */
export function mustNotBreak(left: string, right: string, leftOpensParagraph: boolean, after: readonly string[] = [], before = ''): string | undefined {
	const leftIsDash = /^[—–-][»”),.;:!?…]*$/.test(left);
	if (/^[—–-]([»),.;:!?…]*$|[\u00A0\u202F\u2007])/.test(right)) {
		return 'a dash starts a row';
	}

	if (/^[»”),.;:!?…\]}]+$/.test(right)) {
		return 'punctuation apart from its word';
	}

	if (!opening.test(right) && particles.has(core(right))) {
		return `«${right}» starts a row`;
	}

	if (leftIsDash) {
		if (leftOpensParagraph || (/^[—–-]$/.test(left) && /[.!?…]$/.test(before))) {
			return 'a direct-speech dash ends a row';
		}

		return undefined;
	}

	if (!closing.test(left) && shortWords.has(core(left))) {
		return `«${left}» ends a row`;
	}

	if (/^[«„(\[{]+$/.test(left)) {
		return 'punctuation apart from its word';
	}

	const next = after[0];
	const opensSentence = next === undefined || new RegExp(`^[«„“"'(]*${upper}`).test(next);
	if (/[а-яё\d]$/.test(left) && /^[А-Яа-яЁё]{1,3}[.!?…]$/.test(right) && opensSentence && !(/^[А-ЯЁ]\.$/.test(right) && next !== undefined)) {
		return 'a short last word alone';
	}

	if (/[А-Яа-яЁё]$/.test(left) && /^\d{1,2}[-+−%'"»)]?([.!?…])?$/.test(right) && (next === undefined || (/[.!?…]$/.test(right) && opensSentence))) {
		return 'a short last number alone';
	}

	// A short function word after a number belongs to what follows it: «№ 5 | до 1 декабря».
	const rightIsFunctionWord = functionWords.has(core(right));
	if (/^[«„“"'(\[{]*[$€£¥₽+−\-~≈]?\d/.test(left) && !closing.test(left) && ((new RegExp(`^(${letter}|[%‰₽$€°])`).test(right) && !rightIsFunctionWord) || /^\d{3}(\D|$)/.test(right))) {
		return 'a number without its unit or number word';
	}

	if (numberWords.test(core(left) + (left.endsWith('.') ? '.' : '')) && !/[,;:!?…»)]$/.test(left) && new RegExp(`^[«(]*${letter}`).test(right) && !rightIsFunctionWord) {
		return 'a number word without its noun';
	}

	if (/^[№§¶]+$/.test(left)) {
		return '№ or § without its number';
	}

	const rightIsNumber = /^-?\d/.test(right);
	// A capital and a period is an initial («С. 0» is not a village), handled below.
	if (addressAbbreviations.test(left) && !new RegExp(`^${upper}\\.$`).test(left) && (rightIsNumber || (left.length > 2 ? new RegExp(`^[«(]*${letter}`) : new RegExp(`^[«(]*${upper}`)).test(right))) {
		const single = left.length === 2;
		// The «д.» of «и т. д.» ends a list.
		if ((!single || !/^[а-яё]{1,2}\.$/.test(before)) && (!single || rightIsNumber || !/^[пд]\.$/i.test(left))) {
			return 'an abbreviation without its number or name';
		}
	}

	if (/^г\.$/.test(left) && !/\d$/.test(before) && new RegExp(`^[«(]*${upper}`).test(right)) {
		return 'г. without the town';
	}

	if (/^(дом|литер|мкр-н|мк-н|ООО|ОАО|ЗАО|ПАО|НИИ|ПБОЮЛ)$/i.test(left) && (!/^литер$/i.test(left) || new RegExp(`^${upper}`).test(right)) && (!/^дом$/i.test(left) || /^\d/.test(right))) {
		return 'a word without its number or name';
	}

	if (new RegExp(`^[«(]*(${upper}\\.)+$`).test(left) && new RegExp(`^[«(]*${upper}`).test(right)) {
		return 'an initial without the name';
	}

	const initial = new RegExp(`^(${upper}\\.)+$`);
	const initialsThenName = (initial.test(right) && right.length >= 4) || (initial.test(right) && initial.test(after[0] ?? ''));
	const nameAfter = after[right.length >= 4 ? 0 : 1];
	if (new RegExp(`^${upper}`).test(left) && !closing.test(left) && initialsThenName && !new RegExp(`^[«(]*${upper}`).test(nameAfter ?? '')) {
		return 'a surname without its initials';
	}

	if (/^[IVXLCDM]+([—–-][IVXLCDM]+)?$/.test(left) && /^(в|вв|век|века|веке)\.?/.test(right)) {
		return 'a century without в.';
	}

	if (/^[а-яё]{1,3}\.$/.test(left) && /^[а-яё]{1,3}\.[,;:!?…»)]*$/.test(right)) {
		return 'т. е. / т. д. apart';
	}

	return undefined;
}

/** Checks of a break inside a word: own hyphens of short forms, and where hyphenation may split. */
function splitProblem(before: string, after: string, hyphenated: boolean): string | undefined {
	if (hyphenated) {
		// Punctuation and glued no-break spaces around a word are not part of it.
		const word = shown(before + after).replaceAll(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
		return /^[А-ЯЁа-яё][а-яё]+$/.test(word) ? undefined : `«${word}» is not a plain Russian word but was hyphenated`;
	}

	if (before.endsWith('-')) {
		const left = /([^\s-]*)-$/.exec(before)![1]!.replace(opening, '');
		const right = /^[^\s-]*/.exec(after)![0]!.replace(closing, '');
		if (left.length < 3 || right.length < 3 || /\d/.test(left + right) || ['то', 'либо', 'нибудь', 'таки'].includes(right.toLowerCase())) {
			return `«${left}-${right}» broken at its hyphen`;
		}

		return undefined;
	}

	return undefined;
}

/**
 * Rules 2–4 (see no-break-rules.ts) at every row end inside a paragraph (and list item). A
 * break the rules forbid is accepted only where the whole row is one run the rules bind
 * together, longer than the width: the engine must then break it somewhere.
 */
export function ruleProblems(lines: readonly Line[], blocks: readonly Block[], width: number): string[] {
	const problems: string[] = [];
	const ranges = rowRanges(lines, blocks);
	for (let index = 0; index + 1 < lines.length; index++) {
		const line = lines[index]!;
		const next = lines[index + 1]!;
		const range = ranges[index];
		if (range === undefined || next.kind !== 'text' || next.block !== line.block) {
			continue;
		}

		const source = blockText(blocks[line.block]!);
		const rowText = source.slice(range.start, range.end).replace(trailingBreakSpaces, '');
		const gap = source.slice(range.start + rowText.length, range.end);
		// A row that starts inside a word cut at the row above carries that word's bindings.
		let wordStart = range.start;
		while (wordStart > 0 && !breakSpace.test(source[wordStart - 1]!) && source[wordStart - 1] !== '\n') {
			wordStart--;
		}

		if (gap.includes('\n')) {
			// A list item (or a line of the paragraph) ends here: no rule spans it.
			continue;
		}

		const rowWords = source.slice(wordStart, range.start + rowText.length).split(breakSpace).filter(word => word !== '');
		const nextWords = source.slice(next.anchor.offset).split(/[\n \t\v\f\r\u2000-\u2006\u2008-\u200B\u2028\u2029\u205F\u3000\u1680]/).filter(word => word !== '');
		const opensParagraph = source.slice(0, wordStart).replaceAll(/\s/g, '') === '' || source[wordStart - 1] === '\n';
		let problem: string | undefined;
		if (gap === '') {
			const before = rowText.split(breakSpace).at(-1)!;
			const after = nextWords[0] ?? '';
			// A word wider than the row is cut wherever it must be.
			const forced = stringWidth(before + after) > width - markerWidthOf(line);
			problem = forced ? undefined : splitProblem(before, after, line.hyphenated === true);
		} else {
			problem = mustNotBreak(rowWords.at(-1)!, nextWords[0]!, opensParagraph && rowWords.length === 1, nextWords.slice(1), rowWords.at(-2));
			if (problem !== undefined && wholeRowBound([...rowWords, ...nextWords], rowWords.length, opensParagraph)) {
				// One bound run wider than the row: it had to break somewhere.
				problem = undefined;
			}
		}

		if (problem !== undefined) {
			problems.push(`rows ${index}–${index + 1} ("${rowText}" | "${nextWords.slice(0, 3).join(' ')}"): ${problem}`);
		}
	}

	return problems;
}

function markerWidthOf(line: Line): number {
	return stringWidth(line.spans.filter(span => span.styles.includes('marker')).map(span => span.text).join(''));
}

/** The first `count` of `words` (a row, then the words after it) are bound one to the next. */
function wholeRowBound(words: string[], count: number, opensParagraph: boolean): boolean {
	return words.slice(0, count - 1).every((word, index) => mustNotBreak(word, words[index + 1]!, opensParagraph && index === 0, words.slice(index + 2), words[index - 1]) !== undefined);
}

/**
 * Rule 5 on laid-out rows: at most two hyphenated rows in a row, and none right before
 * a paragraph's last row, unless the word is wider than the row (then it must be cut).
 */
export function hyphenationProblems(lines: readonly Line[], blocks: readonly Block[], width: number): string[] {
	const problems: string[] = [];
	let streak = 0;
	lines.forEach((line, index) => {
		const next = lines[index + 1];
		streak = line.hyphenated === true ? streak + 1 : 0;
		if (line.hyphenated !== true || next === undefined) {
			return;
		}

		// What was left of the word when the row was made: from the row's last space to the word's end.
		const source = blockText(blocks[line.block]!);
		const split = next.anchor.offset;
		let wordStart = split;
		while (wordStart > line.anchor.offset && !breakSpace.test(source[wordStart - 1]!)) {
			wordStart--;
		}

		let wordEnd = split;
		while (wordEnd < source.length && !breakSpace.test(source[wordEnd]!) && source[wordEnd] !== '\n') {
			wordEnd++;
		}

		const forced = stringWidth(shown(source.slice(wordStart, wordEnd))) > width - markerWidthOf(line);
		if (streak > 2 && !forced) {
			problems.push(`row ${index} is the third hyphenated row in a row`);
		}

		const afterNext = lines[index + 2];
		const nextIsLast = afterNext === undefined || afterNext.kind === 'blank' || afterNext.block !== line.block;
		if (nextIsLast && !forced) {
			problems.push(`row ${index} hyphenates the paragraph's next-to-last row`);
		}
	});

	return problems;
}
