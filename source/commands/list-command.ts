import {readingMinutes} from '../archive/reading-time.js';
import {palette} from '../cli/terminal-style.js';
import type {CatalogEntry} from '../library/catalog.js';
import {readingStateOf, type ReadingState} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog} from './load-issues.js';

/** How a printed row is coloured on a terminal. */
export type RowStyle = {date: (text: string) => string; state: (state: ReadingState) => string};

/** A printed row: id, date (`-` when it has none), state, title (tabs made spaces). */
export function listRow({id, date, title}: Pick<CatalogEntry, 'id' | 'date' | 'title'>, state: ReadingState, style?: RowStyle): string {
	const shownDate = date ?? '-';
	return `${id}\t${style?.date(shownDate) ?? shownDate}\t${style?.state(state) ?? state}\t${title.replaceAll('\t', ' ')}\n`;
}

/** `list [--json]`: id<TAB>date<TAB>state<TAB>title, newest first (scripts rely on the columns). */
export async function listCommand(context: CommandContext): Promise<void> {
	const state = context.readState();
	const {entries} = await loadCatalog(context);
	if (entries.length === 0) {
		// Said on stderr: a script reading stdout still gets an empty list.
		context.warn(context.messages.noIssues(context.archiveDir));
	}

	if (context.flags.json) {
		const bookmarkCounts = new Map<string, number>();
		for (const bookmark of state.bookmarks) {
			bookmarkCounts.set(bookmark.issue, (bookmarkCounts.get(bookmark.issue) ?? 0) + 1);
		}

		const rows = entries.map(entry => ({
			id: entry.id,
			date: entry.date,
			state: readingStateOf(state, entry.id),
			title: entry.title,
			words: entry.words,
			minutes: readingMinutes(entry.words),
			bookmarks: bookmarkCounts.get(entry.id) ?? 0,
		}));
		context.out(`${JSON.stringify(rows, null, 2)}\n`);
		return;
	}

	const style = rowStyle(context.color);
	// Most archives are mostly unread: the state is looked up only for issues it knows.
	const known = Object.keys(state.issues).length > 0;
	context.out(entries.map(entry => listRow(entry, known ? readingStateOf(state, entry.id) : 'unread', style)).join(''));
}

/** On a terminal: the date dim, the state in its colour. */
function rowStyle(color: boolean): RowStyle | undefined {
	if (!color) {
		return undefined;
	}

	const style = palette(true);
	const stateStyle: Record<ReadingState, (text: string) => string> = {unread: style.bold, reading: style.yellow, read: style.dim};
	return {date: style.dim, state: readingState => stateStyle[readingState](readingState)};
}
