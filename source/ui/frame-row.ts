/** One row of a screen as plain text and its style: what Ink renders, and what paints before Ink has loaded. */
export type FrameRow = {
	text: string;
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
};

/** Fills a frame to exactly `height` rows, so the last row (key hints) stays at the bottom. */
export function fillFrame(rows: FrameRow[], height: number): FrameRow[] {
	const filled = rows.slice(0, height);
	while (filled.length < height) {
		filled.splice(filled.length - 1, 0, {text: ''});
	}

	return filled;
}

const sgr = (row: FrameRow) => [row.bold ? '1' : '', row.dim ? '2' : '', row.inverse ? '7' : ''].filter(Boolean).join(';');

/**
 * The frame as terminal output: from the top-left corner, each row cleared to its end.
 * Used to show the first frame while Ink is still loading (Ink's import alone takes several
 * times a bare Node start, and the first frame must not wait for it).
 */
export function frameToAnsi(rows: readonly FrameRow[]): string {
	let output = '\u001B[H';
	for (const [index, row] of rows.entries()) {
		const style = sgr(row);
		output += (style ? `\u001B[${style}m${row.text}\u001B[0m` : row.text) + '\u001B[K' + (index < rows.length - 1 ? '\r\n' : '');
	}

	return `${output}\u001B[J\u001B[H`;
}
