import {blockText, type Issue} from '../archive/issue.js';
import type {Hyphenator} from '../layout/hyphenation.js';
import {layoutBlocks} from '../layout/layout.js';
import {paginate} from '../layout/paginate.js';
import {bodyHeight, columnWidthFor, type ReaderModel, type Size} from './app-model.js';
import {topForPosition} from './reader-viewport.js';

/**
 * The reader's rows and pages for a size and text width: laid out whole, or a long
 * story's first screens only, and laid out again around the words on top.
 */

/** Stories longer than this (characters) open with their first screens laid out, the rest after. */
export const longStoryCharacters = 100_000;

export function storyLength(issue: Issue): number {
	let length = 0;
	for (const block of issue.story) {
		length += blockText(block).length;
	}

	return length;
}

/**
 * How many blocks from the start cover the first screens (from the block at `from` on):
 * estimated generously from the blocks' lengths, never fewer than needed.
 */
export function blocksForFirstScreens(issue: Issue, from: number, columns: number, height: number): number {
	let rows = 0;
	let count = 0;
	for (const block of issue.story) {
		count++;
		if (count > from) {
			rows += Math.ceil(blockText(block).length / Math.max(1, columns)) + 1;
		}

		if (rows >= height * 3) {
			break;
		}
	}

	return count;
}

/** Hyphenation as the reader has it: the setting, and the patterns it uses when on. */
type ReaderHyphenation = {hyphenate: boolean; hyphenator: Hyphenator | undefined};

export function layoutReader(issue: Issue, size: Size, textWidth: number | undefined, {hyphenate, hyphenator}: ReaderHyphenation, blocks = issue.story.length): Pick<ReaderModel, 'columnWidth' | 'lines' | 'pages' | 'hyphenate' | 'complete'> {
	const columnWidth = columnWidthFor(size, textWidth);
	const complete = blocks >= issue.story.length;
	const lines = layoutBlocks(complete ? issue.story : issue.story.slice(0, blocks), {width: columnWidth, hyphenator: hyphenate ? hyphenator : undefined});
	return {columnWidth, hyphenate, lines, pages: paginate(lines, bodyHeight(size)), complete};
}

/**
 * The reader laid out for a size, text width and hyphenation with its anchor on top. The
 * anchor itself stays as the reader set it: taking the start of the row that shows it
 * after each re-layout would creep back a little every time. A resize on a wide terminal mostly leaves
 * the column as it was: a story laid out whole at that width keeps its rows, and only its
 * pages change with the height.
 */
export function reflow(reader: ReaderModel, size: Size, textWidth: number | undefined, hyphenator: Hyphenator | undefined, hyphenate = reader.hyphenate): ReaderModel {
	const sameRows = reader.complete && hyphenate === reader.hyphenate && columnWidthFor(size, textWidth) === reader.columnWidth;
	const laidOut = sameRows ? {pages: paginate(reader.lines, bodyHeight(size))} : layoutReader(reader.issue, size, textWidth, {hyphenate, hyphenator});
	const next = {...reader, ...laidOut};
	return {...next, top: topForPosition(next.lines, reader.anchor, reader.topIsBlank)};
}
