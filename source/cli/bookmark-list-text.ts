import {fitWidth} from '../ui/fit-width.js';
import type {Palette} from './terminal-style.js';

/** One bookmark as the `bookmarks` command lists it. */
export type ListedBookmark = {
	issue: string;
	/** Null when the issue is no longer in the archive. */
	title: string | null;
	/** Where in the story, 0–1; null when the issue could not be read. */
	fraction: number | null;
	excerpt: string;
	note: string | null;
	/** ISO time. */
	created: string;
};

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The text cut to a width, with an ellipsis where it was cut and no space before it. */
function fitted(text: string, width: number): string {
	const cut = fitWidth(text, width);
	return cut === text ? text : cut.replace(/\s+…$/u, '…');
}

const when = (created: string) => created.slice(0, 16).replace('T', ' ');

/**
 * For a person at a terminal: each bookmark as the title, then where in the story it is
 * (per cent) with its excerpt, the note, and the issue's id and when it was set; every line
 * cut to the terminal's width.
 */
export function bookmarkListText(bookmarks: readonly ListedBookmark[], options: {palette: Palette; columns: number; missingTitle: (issue: string) => string}): string {
	const {palette: style, columns} = options;
	const width = Math.max(20, columns);
	return bookmarks.map(bookmark => {
		// Blank where the story could not be read: a guess would mislead.
		const place = bookmark.fraction === null ? '    ' : `${String(Math.round(bookmark.fraction * 100)).padStart(3)}%`;
		const lines = [
			style.bold(fitted(oneLine(bookmark.title ?? options.missingTitle(bookmark.issue)), width)),
			`  ${style.cyan(place)}  ${fitted(`«${oneLine(bookmark.excerpt)}»`, width - 8)}`,
		];
		if (bookmark.note) {
			lines.push(`        ${fitted(`✎ ${oneLine(bookmark.note)}`, width - 8)}`);
		}

		lines.push(style.dim(`        ${fitted(`${bookmark.issue} · ${when(bookmark.created)}`, width - 8)}`));
		return `${lines.join('\n')}\n`;
	}).join('\n');
}

/** For scripts: issue, place (block:offset), created, title, excerpt (and the note), tab-separated. */
export function bookmarkRows(bookmarks: ReadonlyArray<Omit<ListedBookmark, 'fraction'> & {anchor: {block: number; offset: number}}>, style: Palette): string {
	const cell = (text: string) => text.replace(/[\t\n]+/gu, ' ');
	return bookmarks.map(bookmark => {
		const note = bookmark.note ? ` (${cell(bookmark.note)})` : '';
		return `${bookmark.issue}\t${bookmark.anchor.block}:${bookmark.anchor.offset}\t${style.dim(when(bookmark.created))}\t${cell(bookmark.title ?? '-')}\t${cell(bookmark.excerpt)}${note}\n`;
	}).join('');
}
