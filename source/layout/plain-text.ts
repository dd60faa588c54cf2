import {breakParagraph} from './break-lines.js';
import {visibleText} from './spans.js';

/**
 * One paragraph of plain text as rows of at most `width` columns, with the reader's
 * line breaker and Russian typography (for `export --width N`). Hyphenation is off
 * unless asked for.
 */
export function wrapPlainText(text: string, width: number, options: {hyphenate?: boolean} = {}): string[] {
	const rows = breakParagraph(text, Math.max(1, Math.floor(width)), {hyphenate: options.hyphenate ?? false, typography: true});
	return rows.map(row => visibleText(text, row.start, row.end) + (row.hyphen ? '-' : ''));
}
