import type {Anchor} from '../archive/issue.js';
import {anchorOfLine, lineIndexOfAnchor} from '../layout/anchor-index.js';
import {isHeading, type Line} from '../layout/layout.js';
import {pageIndexOfLine, type Page} from '../layout/paginate.js';
import {bodyHeight, type ReaderModel, type Size} from './app-model.js';

/**
 * Viewport arithmetic over an array of laid-out rows, as clamped integers (the Bubble Tea
 * / glow way): which rows show, where the next page starts, how far the reader is.
 * Pure and cheap: a page flip is a binary search, never a re-layout.
 */

export type Viewport = {
	lines: readonly Line[];
	pages: readonly Page[];
	/** Index of the row at the top of the screen. */
	top: number;
	/** Rows the screen has for text. */
	height: number;
};

/** The reader's rows as seen on a screen of this size. */
export function readerViewport(reader: Pick<ReaderModel, 'lines' | 'pages' | 'top'>, size: Size): Viewport {
	return {lines: reader.lines, pages: reader.pages, top: reader.top, height: bodyHeight(size)};
}

function pageStartsAt(viewport: Viewport, index: number): Page | undefined {
	const page = viewport.pages[pageIndexOfLine(viewport.pages, index)];
	return page?.start === index ? page : undefined;
}

/**
 * The rows on screen, [start, end). At a page start the page shows as paginated (a heading
 * kept with its text may leave the last rows empty); scrolled by lines, a full screen shows.
 */
export function visibleRange(viewport: Viewport): {start: number; end: number} {
	const page = pageStartsAt(viewport, viewport.top);
	if (page) {
		return {start: page.start, end: page.end};
	}

	return {start: viewport.top, end: Math.min(viewport.lines.length, viewport.top + viewport.height)};
}

/** The top row of the last page: nothing scrolls further. */
export function lastTop(viewport: Viewport): number {
	return viewport.pages.at(-1)?.start ?? 0;
}

export function clampTop(viewport: Viewport, top: number): number {
	return Math.max(0, Math.min(Math.floor(top), lastTop(viewport)));
}

export function nextPageTop(viewport: Viewport): number {
	const {pages, top} = viewport;
	const index = pageIndexOfLine(pages, top);
	const page = pages[index];
	// Top on a blank row between pages: the page found is already the next one.
	const next = page && page.start > top ? page : pages[index + 1];
	return next ? next.start : lastTop(viewport);
}

export function previousPageTop(viewport: Viewport): number {
	const {pages, top} = viewport;
	const index = pageIndexOfLine(pages, top);
	const page = pages[index];
	// Scrolled into a page by lines: back to that page's start, else to the page before.
	const previous = page && page.start < top ? page : pages[index - 1];
	return previous ? previous.start : 0;
}

/** The top row of the last screenful: the story's end on the screen's last row (G). */
export function lastScreenfulTop(viewport: Viewport): number {
	return Math.max(0, Math.min(lastTop(viewport), viewport.lines.length - viewport.height));
}

/** The story's last row is on screen. */
export function showsEnd(viewport: Viewport): boolean {
	return visibleRange(viewport).end >= viewport.lines.length;
}

/** The last row on screen with text: what the page number and the percentage count from. */
function bottomRow(viewport: Viewport): number {
	const {start, end} = visibleRange(viewport);
	let row = end - 1;
	while (row > start && viewport.lines[row]?.kind === 'blank') {
		row--;
	}

	return Math.max(0, row);
}

/**
 * 1-based number of the page the screen's last text row is on, and the page count. The same
 * row as {@link progressOf} counts from, so the two always agree: the last page is 100 %.
 */
export function pageNumber(viewport: Viewport): {current: number; total: number} {
	const total = Math.max(1, viewport.pages.length);
	return {current: Math.min(total, pageIndexOfLine(viewport.pages, bottomRow(viewport)) + 1 || 1), total};
}

/**
 * How far the reader is, 0…1, counted in pages from the screen's last text row (as
 * {@link pageNumber}): the pages before it, and the share of its page seen. So page N of
 * M always reads between (N−1)/M and N/M, and 1 only with the story's end on screen.
 */
export function progressOf(viewport: Viewport): number {
	const {lines, pages} = viewport;
	const bottom = bottomRow(viewport);
	const index = pageIndexOfLine(pages, bottom);
	const page = pages[index];
	if (lines.length === 0 || page === undefined || visibleRange(viewport).end >= lines.length) {
		return 1;
	}

	const seen = Math.min(1, Math.max(0, (bottom + 1 - page.start) / Math.max(1, page.end - page.start)));
	return Math.min(1, (index + seen) / pages.length);
}

export function isAtEnd(viewport: Viewport): boolean {
	return viewport.top >= lastTop(viewport) || visibleRange(viewport).end >= viewport.lines.length;
}

/** Row `index` is the first row of a heading: where [ and ] stop. */
export function isSectionStart(lines: readonly Line[], index: number): boolean {
	const line = lines[index];
	return line !== undefined && isHeading(line) && lines[index - 1]?.block !== line.block;
}

/** The first section start below row `top`. */
export function nextSectionRow(lines: readonly Line[], top: number): number | undefined {
	for (let row = Math.max(0, top + 1); row < lines.length; row++) {
		if (isSectionStart(lines, row)) {
			return row;
		}
	}

	return undefined;
}

/** The last section start above row `top`. */
export function previousSectionRow(lines: readonly Line[], top: number): number | undefined {
	for (let row = Math.min(top, lines.length) - 1; row >= 0; row--) {
		if (isSectionStart(lines, row)) {
			return row;
		}
	}

	return undefined;
}

/**
 * The top row that puts the anchor's words on top. Not clamped to the last page: a
 * bookmark near the end must still open with its words on the first row.
 */
export function topForAnchor(lines: readonly Line[], anchor: Anchor): number {
	return Math.max(0, lineIndexOfAnchor(lines, anchor));
}

/**
 * The top row for a reader's anchor: the row showing its character, or the blank row just
 * above that one when the reader had scrolled onto it.
 */
export function topForPosition(lines: readonly Line[], anchor: Anchor, topIsBlank: boolean): number {
	const row = topForAnchor(lines, anchor);
	return topIsBlank && lines[row - 1]?.kind === 'blank' ? row - 1 : row;
}

export function anchorOfTop(viewport: Viewport): Anchor {
	return anchorOfLine(viewport.lines, viewport.top);
}
