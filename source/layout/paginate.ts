import {isHeading, type Line} from './layout.js';

/** A page: the line index range [start, end). */
export type Page = {start: number; end: number};

/**
 * Cuts rows into pages of at most `height` rows. A heading keeps at least the first two
 * rows after it on its page; a paragraph leaves neither its first row alone at the
 * bottom of a page (orphan) nor its last row alone at the top of the next (widow), as
 * long as the page stays at least half full ("room to give"); below that the page is
 * cut where the height ends. A blank row that falls at a page break belongs to no page,
 * so no page starts or ends with an empty row; pages are in order and every text row is
 * on exactly one page.
 */
export function paginate(lines: readonly Line[], height: number): Page[] {
	const pageHeight = Math.max(1, Math.floor(height));
	const pages: Page[] = [];
	let start = skipBlanks(lines, 0);
	while (start < lines.length) {
		let end = Math.min(start + pageHeight, lines.length);
		if (end < lines.length) {
			end = keepTogether(lines, start, end, pageHeight);
		}

		let shownEnd = end;
		while (shownEnd > start && lines[shownEnd - 1]!.kind === 'blank') {
			shownEnd--;
		}

		pages.push({start, end: shownEnd});
		start = skipBlanks(lines, end);
	}

	return pages;
}

/** Index of the page that shows row `index` (or, for a blank row at a break, the page after it); −1 without pages. */
export function pageIndexOfLine(pages: readonly Page[], index: number): number {
	let low = 0;
	let high = pages.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (pages[middle]!.end <= index) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return pages.length === 0 ? -1 : Math.min(low, pages.length - 1);
}

function skipBlanks(lines: readonly Line[], index: number): number {
	let next = index;
	while (next < lines.length && lines[next]!.kind === 'blank') {
		next++;
	}

	return next;
}

function blockOf(lines: readonly Line[], index: number): number {
	const line = lines[index];
	return line === undefined || line.kind === 'blank' ? -1 : line.block;
}

/** Where a full page that would end before row `end` (a row exists there) should end instead. */
function keepTogether(lines: readonly Line[], start: number, end: number, height: number): number {
	const minimumEnd = start + Math.ceil(height / 2);
	let adjusted = end;
	const lastBlock = blockOf(lines, end - 1);
	if (lastBlock >= 0 && blockOf(lines, end) === lastBlock) {
		// The page breaks inside a block: how many of its rows stay here, and go on?
		let firstHere = end - 1;
		while (firstHere > start && blockOf(lines, firstHere - 1) === lastBlock) {
			firstHere--;
		}

		const here = end - firstHere;
		const isLastOfBlock = blockOf(lines, end + 1) !== lastBlock;
		if (here === 1 && end - 1 >= minimumEnd && firstHere > start) {
			// Orphan: the block's first row alone at the bottom goes to the next page.
			adjusted = end - 1;
		} else if (isLastOfBlock && here >= 3 && end - 1 >= minimumEnd) {
			// Widow: give one row to the next page so its last row is not alone there.
			adjusted = end - 1;
		} else if (isLastOfBlock && here === 2 && firstHere >= minimumEnd) {
			// Giving one row would leave an orphan: the whole block goes.
			adjusted = firstHere;
		}
	}

	return keepHeadingWithText(lines, start, adjusted);
}

/** A heading on the page needs its first two rows of text after it, or moves to the next page. */
function keepHeadingWithText(lines: readonly Line[], start: number, end: number): number {
	let textAfter = 0;
	for (let index = end - 1; index >= start; index--) {
		const line = lines[index]!;
		if (line.kind === 'blank') {
			continue;
		}

		if (!isHeading(line)) {
			textAfter++;
			if (textAfter >= 2) {
				return end;
			}

			continue;
		}

		// Rows of text the heading could have after it: two, unless the story ends sooner.
		let wanted = 0;
		for (let next = index + 1; next < lines.length && wanted < 2; next++) {
			if (lines[next]!.kind === 'text' && !isHeading(lines[next]!)) {
				wanted++;
			}
		}

		if (textAfter >= wanted) {
			return end;
		}

		let headingStart = index;
		while (headingStart > start && blockOf(lines, headingStart - 1) === line.block) {
			headingStart--;
		}

		return headingStart > start ? headingStart : end;
	}

	return end;
}
