import {listItemSeparator, type Anchor, type Block, type InlineText, type Issue, type ListBlock} from '../archive/issue.js';
import {breakParagraph, type BreakOptions, type Row} from './break-lines.js';
import {displayWidth} from './display-width.js';
import type {Hyphenator} from './hyphenation.js';
import {styledSpans, type Span, type SpanStyle} from './spans.js';

export type {Span, SpanStyle} from './spans.js';

/** One terminal row of a laid-out story. */
export type Line = {
	/** What the row shows; joined span texts never contain a soft hyphen or control characters. */
	spans: Span[];
	/** Display width of the row, at most the layout width. */
	width: number;
	/**
	 * `{block, offset}` of the first story character on this row. A blank row has the
	 * anchor of the next block's first row.
	 */
	anchor: Anchor;
	/** Story block index; −1 for a blank row. */
	block: number;
	/** `blank` is the spacing row between blocks. */
	kind: 'text' | 'blank';
	/** The row ends with a hyphen inserted at a break. */
	hyphenated?: boolean;
};

/** A row of a heading: pages keep it with its text, and [ and ] move between them. */
export function isHeading(line: Line): boolean {
	return line.kind === 'text' && line.spans.some(span => span.styles.includes('heading'));
}

export type LayoutOptions = {
	/**
	 * Columns of the text. At least 1; a row holding a single grapheme wider than the
	 * width (a CJK character at width 1) is the only row that can exceed it.
	 */
	width: number;
	/** Hyphenate Russian words with these patterns where a row would be too ragged (default: none, no hyphenation). */
	hyphenator?: Hyphenator | undefined;
	/** Apply the Russian no-break rules (default true). */
	typography?: boolean;
};

/** Below this many text columns, a list marker or quote bar is left out rather than squeezing the text. */
const minTextWidth = 4;

const quoteBar = '│ ';
const bullet = '• ';

/** An issue's story, laid out. */
export function layoutIssue(issue: Issue, options: LayoutOptions): Line[] {
	return layoutBlocks(issue.story, options);
}

/**
 * Lays out story blocks as terminal rows: a blank row between blocks, list items with a
 * marker and a hanging indent, quotes with a bar, marks as span styles. Pure: the same
 * blocks and options give the same lines.
 */
export function layoutBlocks(blocks: readonly Block[], options: LayoutOptions): Line[] {
	if (Number.isNaN(options.width)) {
		throw new RangeError('layout width is not a number');
	}

	// Infinity is allowed: every paragraph on one row.
	const width = Math.max(1, Math.floor(options.width));
	const breakOptions: BreakOptions = {hyphenator: options.hyphenator, typography: options.typography ?? true};
	const lines: Line[] = [];
	blocks.forEach((block, blockIndex) => {
		const blockLines: Line[] = [];
		if (block.type === 'list') {
			layoutList(block, blockIndex, width, breakOptions, blockLines);
		} else {
			const styles: SpanStyle[] = block.type === 'paragraph' ? [] : [block.type];
			const prefix = block.type === 'quote' ? quoteBar : '';
			const prefixStyles: SpanStyle[] = ['quote', 'marker'];
			layoutItem(block, {blockIndex, base: 0, width, styles, first: prefix, rest: prefix, prefixStyles}, breakOptions, blockLines);
		}

		const firstLine = blockLines[0];
		if (firstLine === undefined) {
			return;
		}

		if (lines.length > 0) {
			lines.push({spans: [], width: 0, anchor: {...firstLine.anchor}, block: -1, kind: 'blank'});
		}

		lines.push(...blockLines);
	});

	return lines;
}

type ItemFrame = {
	blockIndex: number;
	/** Offset of the item's text in the block's anchor text. */
	base: number;
	width: number;
	styles: SpanStyle[];
	/** Prefix of the first row and of the rows after it (same width). */
	first: string;
	rest: string;
	prefixStyles: SpanStyle[];
};

function layoutList(block: ListBlock, blockIndex: number, width: number, breakOptions: BreakOptions, lines: Line[]): void {
	const firstNumber = block.start ?? 1;
	const markers = block.items.map((_, index) => block.ordered ? `${firstNumber + index}. ` : bullet);
	const markerWidth = Math.max(0, ...markers.map(marker => displayWidth(marker)));
	let base = 0;
	block.items.forEach((item, index) => {
		// Numbers are right-aligned so that item texts start in one column.
		const marker = markers[index]!.padStart(markerWidth);
		layoutItem(item, {blockIndex, base, width, styles: [], first: marker, rest: ' '.repeat(markerWidth), prefixStyles: ['marker']}, breakOptions, lines);
		base += item.text.length + listItemSeparator.length;
	});
}

function layoutItem(item: InlineText, frame: ItemFrame, breakOptions: BreakOptions, lines: Line[]): void {
	const {text, marks} = item;
	let prefixWidth = displayWidth(frame.first);
	if (frame.width - prefixWidth < minTextWidth) {
		prefixWidth = 0;
	}

	let rows: Row[] = breakParagraph(text, frame.width - prefixWidth, breakOptions);
	if (rows.length === 0 && prefixWidth > 0) {
		// An empty list item still shows its marker.
		rows = [{start: 0, end: 0, width: 0, hyphen: false}];
	}

	rows.forEach((row, index) => {
		const spans: Span[] = [];
		if (prefixWidth > 0) {
			spans.push({text: index === 0 ? frame.first : frame.rest, styles: [...frame.prefixStyles]});
		}

		spans.push(...styledSpans(text, row.start, row.end, marks, frame.styles));
		const line: Line = {
			spans,
			width: prefixWidth + row.width,
			anchor: {block: frame.blockIndex, offset: frame.base + row.start},
			block: frame.blockIndex,
			kind: 'text',
		};
		if (row.hyphen) {
			appendHyphen(spans, frame.styles);
			line.hyphenated = true;
		}

		lines.push(line);
	});
}

/** The inserted hyphen continues the style of the text it splits. */
function appendHyphen(spans: Span[], styles: SpanStyle[]): void {
	const last = spans.at(-1);
	if (last === undefined || last.styles.includes('marker')) {
		spans.push({text: '-', styles: [...styles]});
	} else {
		last.text += '-';
	}
}
