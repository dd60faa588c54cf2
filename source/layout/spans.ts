import type {Mark} from '../archive/issue.js';

/**
 * How a piece of a row is shown. 'marker' marks decoration that is not story text: a
 * list marker, the hanging indent under it, a quote's bar.
 */
export type SpanStyle = 'heading' | 'bold' | 'italic' | 'code' | 'link' | 'quote' | 'marker' | 'footnote';

export type Span = {text: string; styles: SpanStyle[]; href?: string};

/**
 * What the terminal gets for `text.slice(start, end)`: soft hyphens and control
 * characters dropped (glibc terminals show a soft hyphen as a full column), tabs and
 * other control spaces as plain spaces. Only display changes: offsets still count the
 * story's characters.
 */
export function visibleText(text: string, start: number, end: number): string {
	for (let index = start; index < end; index++) {
		if (isHidden(text.charCodeAt(index))) {
			return cleanFrom(text, start, end, index);
		}
	}

	return text.slice(start, end);
}

function isHidden(code: number): boolean {
	return code < 0x20 || (code >= 0x7F && code < 0xA0) || code === 0xAD || code === 0x2028 || code === 0x2029;
}

/** Spaces that are control characters (or line separators) print as a plain space. */
function isControlSpace(code: number): boolean {
	return code === 0x09 || code === 0x0B || code === 0x0C || code === 0x0D || code === 0x2028 || code === 0x2029;
}

function cleanFrom(text: string, start: number, end: number, firstHidden: number): string {
	let clean = text.slice(start, firstHidden);
	for (let index = firstHidden; index < end; index++) {
		const code = text.charCodeAt(index);
		if (isControlSpace(code)) {
			clean += ' ';
		} else if (!isHidden(code)) {
			clean += text[index]!;
		}
	}

	return clean;
}

/**
 * The spans of `text.slice(start, end)`: the block's own styles, plus those of the marks
 * that cover each piece. Marks are ranges of the same text (a list item's own text for
 * a list).
 */
export function styledSpans(text: string, start: number, end: number, marks: readonly Mark[] | undefined, styles: readonly SpanStyle[]): Span[] {
	if (marks === undefined || marks.length === 0) {
		return start < end ? [{text: visibleText(text, start, end), styles: styles.slice()}] : [];
	}

	const cuts = new Set([start, end]);
	for (const mark of marks) {
		for (const cut of [mark.start, mark.end]) {
			if (cut > start && cut < end) {
				cuts.add(cut);
			}
		}
	}

	const sorted = [...cuts].sort((a, b) => a - b);
	const spans: Span[] = [];
	for (let index = 0; index + 1 < sorted.length; index++) {
		const from = sorted[index]!;
		const to = sorted[index + 1]!;
		const covering = marks.filter(mark => mark.start <= from && mark.end >= to);
		const span: Span = {text: visibleText(text, from, to), styles: [...styles, ...new Set(covering.map(mark => mark.kind))]};
		const link = covering.find(mark => mark.kind === 'link' && mark.href !== undefined);
		if (link?.href !== undefined) {
			span.href = link.href;
		}

		if (span.text.length > 0) {
			spans.push(span);
		}
	}

	return spans;
}
