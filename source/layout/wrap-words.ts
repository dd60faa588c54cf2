import {displayWidth, graphemeEnds} from './display-width.js';

/**
 * A short message (a help line, a notice) as rows of at most `width` columns, broken at
 * spaces; a word longer than a row is cut between graphemes. No typography or hyphenation:
 * that is the reader's line breaker's work, and these lines are interface text.
 */
export function wrapWords(text: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
	const rows: string[] = [];
	let row = '';
	for (const word of text.split(' ').filter(part => part !== '')) {
		const candidate = row === '' ? word : `${row} ${word}`;
		if (displayWidth(candidate) <= limit) {
			row = candidate;
			continue;
		}

		if (row !== '') {
			rows.push(row);
		}

		row = '';
		let rest = word;
		while (displayWidth(rest) > limit) {
			const piece = leadingPiece(rest, limit);
			rows.push(rest.slice(0, piece));
			rest = rest.slice(piece);
		}

		row = rest;
	}

	if (row !== '' || rows.length === 0) {
		rows.push(row);
	}

	return rows;
}

/** Where to cut a word so its first piece fits `width` columns (at least one grapheme). */
function leadingPiece(word: string, width: number): number {
	let used = 0;
	let cut = 0;
	for (const grapheme of graphemeEnds(word, 0, word.length)) {
		if (cut > 0 && used + grapheme.width > width) {
			break;
		}

		used += grapheme.width;
		cut = grapheme.end;
	}

	return cut;
}

/** {@link wrapWords} kept to `maxRows` rows; when text is left over, the last row ends in "…". */
export function wrapLimitedRows(text: string, width: number, maxRows: number): string[] {
	const rows = wrapWords(text, width);
	if (rows.length <= maxRows) {
		return rows;
	}

	const kept = rows.slice(0, Math.max(1, maxRows));
	const last = kept.at(-1)!;
	kept[kept.length - 1] = `${last.slice(0, leadingPiece(last, Math.max(1, width - 1)))}…`;
	return kept;
}
