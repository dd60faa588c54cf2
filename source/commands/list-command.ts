import {listRow, openListSnapshot, writeListSnapshot, type RowStyle} from '../archive/list-snapshot.js';
import {readingMinutes} from '../archive/reading-time.js';
import {palette} from '../cli/terminal-style.js';
import {readingStateOf, type ReaderState, type ReadingState} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog, reportSkipped} from './load-issues.js';

/** `list [--json]`: id<TAB>date<TAB>state<TAB>title, newest first (DESIGN.md §3). */
export async function listCommand(context: CommandContext): Promise<void> {
	const state = context.readState();
	// Without colour, an unchanged watched archive is listed from its snapshot (list-snapshot.ts).
	const plain = !context.flags.json && !context.color;
	if (plain && await listFromSnapshot(context, state, context.archiveWatch.generation())) {
		return;
	}

	const catalog = await loadCatalog(context);
	const {entries} = catalog;
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
	context.out(entries.map(entry => listRow(entry, readingStateOf(state, entry.id), style)).join(''));
	if (plain && catalog.generation !== undefined) {
		// Listed the long way at a generation: the next list of the unchanged archive need not be.
		writeListSnapshot(context.paths.cacheDir, {...catalog, generation: catalog.generation});
	}
}

/**
 * Prints the snapshot, if there is a sound one written at the generation the watcher gives;
 * whether it did. Where the states go is found while the watcher answers.
 */
async function listFromSnapshot(context: CommandContext, state: ReaderState, generation: Promise<string | undefined>): Promise<boolean> {
	const snapshot = openListSnapshot(context.paths.cacheDir, context.archiveDir);
	if (snapshot === undefined) {
		return false;
	}

	try {
		const states = Object.keys(state.issues)
			.map((id): [string, ReadingState] => [id, readingStateOf(state, id)])
			.filter(([, readingState]) => readingState !== 'unread');
		const patches = snapshot.patchesFor(states);
		if (patches === undefined || await generation !== snapshot.generation) {
			return false;
		}

		reportSkipped(context, snapshot.warnings);
		let listed = false;
		snapshot.writeRows(patches, chunk => {
			listed ||= chunk.length > 0;
			context.out(chunk);
		});
		if (!listed) {
			context.warn(context.messages.noIssues(context.archiveDir));
		}

		return true;
	} finally {
		snapshot.close();
	}
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
