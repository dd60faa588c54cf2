import {anchorFraction} from '../archive/anchor-fraction.js';
import {bookmarkListText, bookmarkRows, type ListedBookmark} from '../cli/bookmark-list-text.js';
import {palette} from '../cli/terminal-style.js';
import {sortedBookmarks} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {loadCatalog, readOneIssue} from './load-issues.js';

/**
 * `bookmarks [--json]`: every bookmark across the archive, newest first. On a terminal, a
 * list to read (title, where in the story, excerpt, note); piped, one tab-separated row
 * each — issue<TAB>block:offset<TAB>created<TAB>title<TAB>excerpt; or JSON for scripts.
 */
export async function bookmarksCommand(context: CommandContext): Promise<void> {
	const state = context.readState();
	const catalog = await loadCatalog(context);
	const entries = new Map(catalog.entries.map(entry => [entry.id, entry]));
	const bookmarks = sortedBookmarks(state).map(bookmark => ({
		issue: bookmark.issue,
		// A bookmark outlives its issue's file; its title is then unknown, not an error.
		title: entries.get(bookmark.issue)?.title ?? null,
		anchor: bookmark.anchor,
		excerpt: bookmark.excerpt,
		note: bookmark.note ?? null,
		created: bookmark.created,
	}));
	if (bookmarks.length === 0) {
		// Said on stderr: a script reading stdout still gets an empty list.
		context.warn(context.messages.noBookmarks);
	}

	if (context.flags.json) {
		context.out(`${JSON.stringify(bookmarks, null, 2)}\n`);
		return;
	}

	const style = palette(context.color);
	if (!context.stdoutIsTerminal) {
		context.out(bookmarkRows(bookmarks, style));
		return;
	}

	// Where in the story each bookmark is needs the stories: each bookmarked issue is read once.
	const stories = new Map<string, Parameters<typeof anchorFraction>[0] | undefined>();
	const listed: ListedBookmark[] = [];
	for (const bookmark of bookmarks) {
		const entry = entries.get(bookmark.issue);
		if (entry !== undefined && !stories.has(entry.id)) {
			stories.set(entry.id, await readOneIssue(context, catalog, entry));
		}

		const story = stories.get(bookmark.issue);
		listed.push({...bookmark, fraction: story === undefined ? null : anchorFraction(story, bookmark.anchor)});
	}

	context.out(bookmarkListText(listed, {palette: style, columns: context.columns ?? 80, missingTitle: context.messages.bookmarkedIssueGone}));
}
