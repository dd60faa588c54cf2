import {listFields, printedRows, readListSnapshot, writeListSnapshot} from '../archive/list-snapshot.js';
import {readingMinutes} from '../archive/reading-time.js';
import {palette} from '../cli/terminal-style.js';
import {readingStateOf, type ReadingState} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog, reportSkipped} from './load-issues.js';

/** `list [--json]`: id<TAB>date<TAB>state<TAB>title, newest first (DESIGN.md §3). */
export async function listCommand(context: CommandContext): Promise<void> {
	// Without colour, an unchanged watched archive is listed from its snapshot (list-snapshot.ts).
	const plain = !context.flags.json && !context.color;
	if (plain && await listFromSnapshot(context, context.archiveWatch.generation())) {
		return;
	}

	const catalog = await loadCatalog(context);
	const {entries} = catalog;
	const state = context.readState();
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

	const style = palette(context.color);
	const stateStyle: Record<ReadingState, (text: string) => string> = {unread: style.bold, reading: style.yellow, read: style.dim};
	context.out(entries.map(entry => {
		const readingState = readingStateOf(state, entry.id);
		const [id, date, title] = listFields(entry);
		return `${id}\t${style.dim(date)}\t${stateStyle[readingState](readingState)}\t${title}\n`;
	}).join(''));
	if (plain && catalog.generation !== undefined) {
		// Listed the long way at a generation: the next list of the unchanged archive need not be.
		writeListSnapshot(context.paths.cacheDir, {...catalog, generation: catalog.generation});
	}
}

/**
 * Prints the snapshot, if there is a sound one written at the generation the watcher gives;
 * whether it did. The rows are made ready while the watcher answers.
 */
async function listFromSnapshot(context: CommandContext, generation: Promise<string | undefined>): Promise<boolean> {
	const snapshot = readListSnapshot(context.paths.cacheDir, context.archiveDir);
	if (snapshot === undefined) {
		return false;
	}

	const state = context.readState();
	const states = Object.keys(state.issues)
		.map((id): [string, ReadingState] => [id, readingStateOf(state, id)])
		.filter(([, readingState]) => readingState !== 'unread');
	const rows = printedRows(snapshot, states);
	if (rows === undefined || await generation !== snapshot.generation) {
		return false;
	}

	reportSkipped(context, snapshot.warnings);
	for (const piece of rows) {
		context.out(piece);
	}

	return true;
}
