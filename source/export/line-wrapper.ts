import type {WrapText} from './text-export.js';

/**
 * The reader's line breaker for `--width`, loaded only when a width is asked for: the
 * layout engine (and, for `--hyphenate`, the hyphenation patterns) would otherwise be part
 * of every start.
 */
export async function loadLineWrapper(hyphenate: boolean): Promise<WrapText> {
	const [{wrapPlainText}, hyphenation] = await Promise.all([
		import('../layout/plain-text.js'),
		hyphenate ? import('../layout/hyphenation.js') : undefined,
	]);
	const hyphenator = await hyphenation?.loadHyphenator();
	return (text, width) => wrapPlainText(text, width, {hyphenator});
}
