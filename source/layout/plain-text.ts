import {breakParagraph} from './break-lines.js';
import type {Hyphenator} from './hyphenation.js';
import {visibleText} from './spans.js';

/**
 * One paragraph of plain text as rows of at most `width` columns, with the reader's
 * line breaker and Russian typography (for `export --width N`). Hyphenation is off
 * unless a hyphenator is given.
 */
export function wrapPlainText(text: string, width: number, options: {hyphenator?: Hyphenator | undefined} = {}): string[] {
	const rows = breakParagraph(text, Math.max(1, Math.floor(width)), {hyphenator: options.hyphenator, typography: true});
	return rows.map(row => visibleText(text, row.start, row.end) + (row.hyphen ? '-' : ''));
}
