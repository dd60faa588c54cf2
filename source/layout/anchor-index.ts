import type {Anchor} from '../archive/issue.js';
import type {Line} from './layout.js';

/**
 * Mapping between anchors and rows. Rows are in story order and their anchors never
 * decrease, so both directions are a binary search or a lookup; an anchor names a
 * character, and the row found is the one showing that character at any width.
 */

function compareAnchors(a: Anchor, b: Anchor): number {
	return a.block === b.block ? a.offset - b.offset : a.block - b.block;
}

/**
 * Index of the row that shows the anchor's character: the last row whose first
 * character is at or before it. An anchor before the first row gives 0, one past the
 * story's end the last row; no rows give −1. An anchor in a block that has no row of its
 * own before it (leading spaces) gives that block's first row.
 */
export function lineIndexOfAnchor(lines: readonly Line[], anchor: Anchor): number {
	if (lines.length === 0) {
		return -1;
	}

	let low = 0;
	let high = lines.length;
	// Invariant: rows before `low` start at or before the anchor; rows from `high` on start after it.
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareAnchors(lines[middle]!.anchor, anchor) <= 0) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	if (low === 0) {
		return 0;
	}

	const found = low - 1;
	const line = lines[found]!;
	if (line.block < anchor.block && low < lines.length) {
		// The anchor lies before the first character its block shows (or in a block
		// with no rows): the next row is where that block, or the story after it, begins.
		return lines[low]!.kind === 'blank' && low + 1 < lines.length ? low + 1 : low;
	}

	return found;
}

/** The anchor of row `index` (clamped to the rows); the story's start when there are no rows. */
export function anchorOfLine(lines: readonly Line[], index: number): Anchor {
	const line = lines[Math.min(Math.max(0, Math.floor(index)), lines.length - 1)];
	return line === undefined ? {block: 0, offset: 0} : {...line.anchor};
}
