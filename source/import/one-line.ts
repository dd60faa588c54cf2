import {normalizeText} from '../archive/decode.js';

/**
 * A title as one line of plain text: mail subjects come folded over header lines, page
 * titles wrapped in the markup, and a title is shown and matched as one line.
 */
export function oneLine(text: string | null | undefined): string {
	return normalizeText(text ?? '').replace(/\s+/gu, ' ').trim();
}
