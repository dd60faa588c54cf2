import {readingMinutes} from '../archive/reading-time.js';
import {uiText} from '../i18n/ui-text.js';
import {loadHyphenationPatterns} from '../layout/hyphenation.js';
import {initialModel} from '../state/app-model.js';
import {frameToAnsi} from '../ui/frame-row.js';
import {libraryFrame} from '../ui/library-frame.js';
import {openTerminalSession} from '../ui/terminal-session.js';
import type {CommandContext} from './command-context.js';
import {findEntry, issueReader, loadCatalog} from './load-issues.js';

/**
 * The library (`bell-reader`), or the reader on one issue (`latest`, `read <issue>`), in
 * the terminal. Ink is imported here, on demand, so that printing paths never load it;
 * the library's first frame is painted before it has loaded (issue 7: Ink's import alone
 * takes several times a bare Node start).
 */
export async function interactiveCommand(context: CommandContext, query?: string): Promise<void> {
	const catalog = await loadCatalog(context);
	const openEntry = query === undefined ? undefined : findEntry(context, catalog, query);
	const initial = initialModel({
		size: {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24},
		language: context.language,
		entries: catalog.entries.map(entry => ({id: entry.id, title: entry.title, date: entry.date, words: entry.words, minutes: readingMinutes(entry.words)})),
		stored: context.readState(),
	});

	const session = openTerminalSession();
	try {
		if (openEntry === undefined) {
			process.stdout.write(frameToAnsi(libraryFrame(initial, uiText(context.language))));
		}

		const [read, store, {runInteractive}] = await Promise.all([
			// Inside the full-screen reader a bad file shows as a status message, not a stderr line.
			issueReader({...context, warn() {}}, catalog),
			context.openStore(),
			import('../ui/run-interactive.js'),
			// The reader hyphenates (a setting, on by default).
			loadHyphenationPatterns(),
		]);
		const byId = new Map(catalog.entries.map(entry => [entry.id, entry]));
		const loadIssue = (id: string) => {
			const entry = byId.get(id);
			return entry && read(entry);
		};

		const open = openEntry && loadIssue(openEntry.id);
		await runInteractive({entries: initial.entries, initial, loadIssue, store, session, ...(open ? {open} : {})});
	} finally {
		session.restore();
	}
}
