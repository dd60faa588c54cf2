import {readingMinutes} from '../archive/reading-time.js';
import {palette} from '../cli/terminal-style.js';
import {readingStateOf, type ReadingState} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog} from './load-issues.js';

/** `list [--json]`: id<TAB>date<TAB>state<TAB>title, newest first (DESIGN.md §3). */
export async function listCommand(context: CommandContext): Promise<void> {
	const {entries} = await loadCatalog(context);
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
	const lines: string[] = [];
	for (const entry of entries) {
		const readingState = readingStateOf(state, entry.id);
		// Titles come from the archive: a tab in one would shift the columns for `cut`.
		lines.push(`${entry.id}\t${style.dim(entry.date ?? '-')}\t${stateStyle[readingState](readingState)}\t${entry.title.replaceAll('\t', ' ')}\n`);
	}

	context.out(lines.join(''));
}
