import {palette} from '../cli/terminal-style.js';
import {sortedBookmarks} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog} from './load-issues.js';

/**
 * `bookmarks [--json]`: every bookmark across the archive, newest first —
 * issue<TAB>block:offset<TAB>created<TAB>title<TAB>excerpt, or JSON for scripts.
 */
export async function bookmarksCommand(context: CommandContext): Promise<void> {
	const state = context.readState();
	const titles = new Map((await loadCatalog(context)).entries.map(entry => [entry.id, entry.title]));
	const bookmarks = sortedBookmarks(state).map(bookmark => ({
		issue: bookmark.issue,
		// A bookmark outlives its issue's file; its title is then unknown, not an error.
		title: titles.get(bookmark.issue) ?? null,
		anchor: bookmark.anchor,
		excerpt: bookmark.excerpt,
		note: bookmark.note ?? null,
		created: bookmark.created,
	}));

	if (context.flags.json) {
		context.out(`${JSON.stringify(bookmarks, null, 2)}\n`);
		return;
	}

	const style = palette(context.color);
	const oneLine = (text: string) => text.replace(/[\t\n]+/gu, ' ');
	let text = '';
	for (const bookmark of bookmarks) {
		const note = bookmark.note ? ` (${oneLine(bookmark.note)})` : '';
		text += `${bookmark.issue}\t${bookmark.anchor.block}:${bookmark.anchor.offset}\t${style.dim(bookmark.created.slice(0, 16).replace('T', ' '))}\t${oneLine(bookmark.title ?? '-')}\t${oneLine(bookmark.excerpt)}${note}\n`;
	}

	context.out(text);
}
