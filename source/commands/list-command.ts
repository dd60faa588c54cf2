import {readingMinutes} from '../archive/reading-time.js';
import {palette} from '../cli/terminal-style.js';
import {readPrintedCatalog} from '../library/catalog.js';
import {listRow, withReadingStates, type RowStyle} from '../library/list-rows.js';
import {readingStateOf, type ReaderState, type ReadingState} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog, reportSkipped} from './load-issues.js';

/** `list [--json]`: id<TAB>date<TAB>state<TAB>title, newest first (scripts rely on the columns). */
export async function listCommand(context: CommandContext): Promise<void> {
	const state = context.readState();
	// Plain rows of an unchanged archive come as the catalog printed them.
	if (!context.flags.json && !context.color) {
		const printed = await readPrintedCatalog(context.archiveDir, context.paths.cacheDir, context.archiveWatch);
		if (printed !== undefined && printed.rows.length > 0) {
			reportSkipped(context, printed.warnings);
			context.out(withReadingStates(printed.rows, nonUnreadStates(state)));
			return;
		}
	}

	const {entries, printed} = await loadCatalog(context);
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

	if (printed !== undefined && !context.color) {
		context.out(withReadingStates(printed, nonUnreadStates(state)));
		return;
	}

	const style = rowStyle(context.color);
	// Most archives are mostly unread: the state is looked up only for issues it knows.
	const known = Object.keys(state.issues).length > 0;
	context.out(entries.map(entry => listRow(entry, known ? readingStateOf(state, entry.id) : 'unread', style)).join(''));
}

/** The issues the state knows as read or being read. */
function nonUnreadStates(state: ReaderState): Map<string, ReadingState> {
	return new Map(Object.keys(state.issues).map(id => [id, readingStateOf(state, id)] as const).filter(([, readingState]) => readingState !== 'unread'));
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
