import {breakParagraph} from '../layout/break-lines.js';
import type {TextMatch} from '../search/find-matches.js';
import type {SearchResult} from '../search/search-index.js';
import type {Palette} from './terminal-style.js';

/**
 * The text answer of `search`: per result a line `date  id  title`, then the snippet,
 * indented, matches highlighted when colour is on. Pure.
 */

export const snippetIndent = '    ';

/** The text with its matched ranges styled; ranges are sorted and do not overlap. */
export function highlightRanges(text: string, ranges: readonly TextMatch[], style: (text: string) => string): string {
	let result = '';
	let position = 0;
	for (const {offset, length} of ranges) {
		result += text.slice(position, offset) + style(text.slice(offset, offset + length));
		position = offset + length;
	}

	return result + text.slice(position);
}

/**
 * The snippet's rows as [start, end) ranges of the text, so highlights can follow: the
 * reader's line breaker (display width, Russian no-break rules), without hyphenation.
 */
export function wrapRanges(text: string, width: number): Array<{start: number; end: number}> {
	return breakParagraph(text, width).map(({start, end}) => ({start, end}));
}

function rowHighlights(ranges: readonly TextMatch[], start: number, end: number): TextMatch[] {
	return ranges
		.filter(range => range.offset < end && range.offset + range.length > start)
		.map(range => {
			const from = Math.max(range.offset, start);
			return {offset: from - start, length: Math.min(range.offset + range.length, end) - from};
		});
}

export type TextOptions = {
	palette: Palette;
	/** Terminal width to wrap snippets to; undefined keeps each snippet on one line. */
	width?: number;
};

export function searchResultsText(results: readonly SearchResult[], {palette, width}: TextOptions): string {
	const mark = (text: string) => palette.bold(palette.yellow(text));
	return results.map(result => {
		// Titles and snippets come from the archive: keep each on its own line whatever they hold.
		const title = result.title.replaceAll(/[\t\n\r]/gu, ' ');
		const header = `${palette.dim(result.date ?? '-')}  ${palette.cyan(result.id)}  ${highlightRanges(title, result.titleMatches, mark)}`;
		const {text, highlights} = result.snippet;
		if (text === '') {
			return `${header}\n`;
		}

		const rows = width === undefined ? [{start: 0, end: text.length}] : wrapRanges(text, Math.max(20, width - snippetIndent.length));
		const snippet = rows
			.map(({start, end}) => `${snippetIndent}${highlightRanges(text.slice(start, end), rowHighlights(highlights, start, end), mark)}`)
			.join('\n');
		return `${header}\n${snippet}\n`;
	}).join('\n');
}

/** `--json`: what scripts get, without the parsed issue. */
export function searchResultsJson(results: readonly SearchResult[]): string {
	const rows = results.map(result => ({
		id: result.id,
		date: result.date,
		title: result.title,
		// Significant digits, not decimals: words in most issues score near zero in BM25.
		score: Number(result.score.toPrecision(4)),
		snippet: result.snippet.text,
		matches: result.matches,
	}));
	return `${JSON.stringify(rows, null, 2)}\n`;
}
