import {footnoteVocabulary} from './footnote-text.js';
import type {Block, InlineText} from './issue.js';
import {capital, letter} from './letter-classes.js';

/**
 * Turns the story lines of a page dump (one paragraph per line, boilerplate already
 * removed) into blocks: paragraphs, sub-headings, lists, quotes and footnotes.
 */

type LineShape =
	| {kind: 'bullet'; marker: string; text: string}
	| {kind: 'numbered'; number: number; text: string}
	| {kind: 'footnote-candidate'; stars: number; text: string}
	| {kind: 'quote'; text: string}
	| {kind: 'text'; text: string};

// Dialogue dashes (— –) start paragraphs of direct speech, so they are not bullets.
const bulletLine = /^([•·▪●◦‣-])\s+(\S.*)$/u;
const starLine = /^(\*{1,3})\s*(\S.*)$/u;
const numberedLine = /^(\d{1,3})[.)]\s+(\S.*)$/u;
const quoteLine = /^>\s?(.*)$/u;

/** A sentence end followed by the capital of another sentence. */
export const secondSentence = new RegExp(`[.!?…]\\s+[«"„“]?[${capital}]`, 'u');
const startsWithCapital = new RegExp(`^[«"„“(]?[${capital}\\d]`, 'u');


function shapeOf(line: string): LineShape {
	const star = starLine.exec(line);
	if (star) {
		return {kind: 'footnote-candidate', stars: star[1]!.length, text: star[2]!};
	}

	const bullet = bulletLine.exec(line);
	if (bullet) {
		return {kind: 'bullet', marker: bullet[1]!, text: bullet[2]!};
	}

	const numbered = numberedLine.exec(line);
	if (numbered) {
		return {kind: 'numbered', number: Number(numbered[1]), text: numbered[2]!};
	}

	const quote = quoteLine.exec(line);
	if (quote && quote[1]!.trim() !== '') {
		return {kind: 'quote', text: quote[1]!.trim()};
	}

	return {kind: 'text', text: line};
}

/** Whether the text carries an inline footnote marker with this many stars, as in `Иванов*`. */
function hasFootnoteMarker(lines: readonly string[], stars: number): boolean {
	const marker = new RegExp(String.raw`[${letter}\d»"')]\*{${stars}}(?!\*)`, 'u');
	return lines.some(line => !starLine.test(line) && marker.test(line));
}

/**
 * A sub-heading is a short single phrase without a final period: a question
 * (`Что случилось?`), a «quoted phrase», or a plain short phrase.
 */
export function looksLikeHeading(text: string): boolean {
	if (text.length > 120 || text.split(/\s+/u).length > 15) {
		return false;
	}

	if (!startsWithCapital.test(text)) {
		return false;
	}

	const core = text.replace(/[»"”’')\]]+$/u, '');
	if (/[.,;:…]$/u.test(core)) {
		return false;
	}

	// Two sentences make a paragraph (or a teaser title), not a sub-heading.
	return !secondSentence.test(text);
}

function isFootnote(shape: LineShape & {kind: 'footnote-candidate'}, lines: readonly string[], index: number): boolean {
	// A run of two or more `* ` lines is a bulleted list.
	const neighbourIsStarLine = [index - 1, index + 1].some(near => {
		const line = lines[near];
		return line !== undefined && /^\*\s/u.test(line) && shape.stars === 1;
	});
	if (neighbourIsStarLine && !footnoteVocabulary.test(shape.text)) {
		return false;
	}

	return hasFootnoteMarker(lines, shape.stars) || footnoteVocabulary.test(shape.text);
}

/** A question, in any of the story's languages (French puts a space before the mark). */
const question = /\?\s*[»"”’')\]]*$/u;
const timeStamp = /^\d{1,2}:\d{2}\s/u;

/**
 * Whether the line at `index` is a sub-heading. Being short without a final period is not
 * enough (page chrome is short too): a heading also needs evidence, namely a question form,
 * a place between paragraphs (text before it, text after it), or recurring as a heading
 * across issues of its newsletter (`recurringHeadings`, folded by `headingKey`).
 * Exclamations (`Привет!`, `Hello!`) are salutations, and time-stamped lines are a live
 * blog's entries.
 */
function isHeadingAt(lines: readonly string[], index: number, previous: Block | undefined, recurringHeadings: ReadonlySet<string> | undefined): boolean {
	const text = lines[index]!;
	if (index === lines.length - 1 || !looksLikeHeading(text) || /!\s*[»"”’')\]]*$/u.test(text) || timeStamp.test(text)) {
		return false;
	}

	if (question.test(text) || recurringHeadings?.has(headingKey(text))) {
		return true;
	}

	const next = lines[index + 1]!;
	const nextIsText = shapeOf(next).kind !== 'text' || !looksLikeHeading(next);
	return previous !== undefined && previous.type !== 'heading' && nextIsText;
}

/** A heading folded for counting it across issues: case, ё and spacing do not matter. */
export function headingKey(text: string): string {
	return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/gu, ' ').trim();
}

export function blocksFromStoryLines(lines: readonly string[], recurringHeadings?: ReadonlySet<string>): Block[] {
	const blocks: Block[] = [];
	let openList: {block: Block & {type: 'list'}; marker: string} | undefined;

	const addListItem = (ordered: boolean, marker: string, item: InlineText, number?: number) => {
		if (openList && openList.block.ordered === ordered && openList.marker === marker) {
			openList.block.items.push(item);
			return;
		}

		const block: Block & {type: 'list'} = {type: 'list', ordered, items: [item]};
		if (ordered && number !== undefined && number !== 1) {
			block.start = number;
		}

		blocks.push(block);
		openList = {block, marker};
	};

	for (const [index, line] of lines.entries()) {
		const shape = shapeOf(line);
		if (shape.kind === 'footnote-candidate') {
			if (isFootnote(shape, lines, index)) {
				// The stars stay: they tie the footnote to its marker in the text.
				blocks.push({type: 'footnote', text: line});
				openList = undefined;
			} else {
				addListItem(false, '*', {text: shape.text});
			}

			continue;
		}

		if (shape.kind === 'bullet') {
			addListItem(false, shape.marker, {text: shape.text});
			continue;
		}

		if (shape.kind === 'numbered') {
			addListItem(true, '1.', {text: shape.text}, shape.number);
			continue;
		}

		openList = undefined;
		if (shape.kind === 'quote') {
			blocks.push({type: 'quote', text: shape.text});
			continue;
		}

		blocks.push({type: isHeadingAt(lines, index, blocks.at(-1), recurringHeadings) ? 'heading' : 'paragraph', text: shape.text});
	}

	return blocks;
}
