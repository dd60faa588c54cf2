import {readingMinutes, storyWords} from '../archive/reading-time.js';
import {palette} from '../cli/terminal-style.js';
import {readingStateOf, type ReadingState} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadIssues} from './load-issues.js';

/** `list [--json]`: id<TAB>date<TAB>state<TAB>title, newest first (DESIGN.md §3). */
export function listCommand(context: CommandContext): void {
	const issues = loadIssues(context);
	const state = context.store().read();
	const rows = issues.map(issue => {
		const words = storyWords(issue);
		return {
			id: issue.id,
			date: issue.date,
			state: readingStateOf(state, issue.id),
			title: issue.title,
			words,
			minutes: readingMinutes(words),
			bookmarks: state.bookmarks.filter(bookmark => bookmark.issue === issue.id).length,
		};
	});

	if (context.flags.json) {
		context.out(`${JSON.stringify(rows, null, 2)}\n`);
		return;
	}

	const style = palette(context.color);
	const stateStyle: Record<ReadingState, (text: string) => string> = {unread: style.bold, reading: style.yellow, read: style.dim};
	let text = '';
	for (const row of rows) {
		// Titles come from the archive: a tab in one would shift the columns for `cut`.
		const title = row.title.replaceAll('\t', ' ');
		text += `${row.id}\t${style.dim(row.date ?? '-')}\t${stateStyle[row.state](row.state)}\t${title}\n`;
	}

	context.out(text);
}
