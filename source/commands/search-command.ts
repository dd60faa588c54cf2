import {progressListener} from '../cli/progress-bar.js';
import {searchResultsJson, searchResultsText} from '../cli/search-results-text.js';
import {palette} from '../cli/terminal-style.js';
import {builtinEngineReason, openSearchIndex, type SearchIndex, type SearchNote} from '../search/search-index.js';
import {CommandError, type CommandContext} from './command-context.js';

/** `search <query> [--json] [--limit N] [--since D] [--until D] [--sort S]`: issues ranked by relevance (or newest first), with snippets. */

export const defaultLimit = 10;

function noteText(context: CommandContext, note: SearchNote): string {
	switch (note.kind) {
		case 'fallback': {
			return note.reason === builtinEngineReason ? context.messages.searchEngineForced : context.messages.searchFallback(note.reason);
		}

		case 'rebuilt': {
			return context.messages.searchIndexRebuilt(note.reason);
		}

		case 'skipped': {
			return context.messages.skippedFile(note.warning.file, note.warning.problem);
		}
	}
}

/** The index's build progress on stderr, for archives big enough to take a while; erased when done. */
function indexingProgress(context: CommandContext): ((done: number, total: number) => void) | undefined {
	return context.stderrIsTerminal ? progressListener(context.status, context.messages.searchIndexing) : undefined;
}

/** What went wrong keeping the index, for a one-line message: an errno code or SQLite's words. */
function storageProblemOf(error: unknown): string | undefined {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (typeof code !== 'string') {
		return undefined;
	}

	if (/^E[A-Z]+$/u.test(code)) {
		return code;
	}

	return code.startsWith('SQLITE_') ? (error as Error).message : undefined;
}

/** Whether anything matched: a search that finds nothing ends with exit code 1. */
export type SearchOutcome = 'found' | 'none';

export async function searchCommand(context: CommandContext): Promise<SearchOutcome> {
	const query = context.args.join(' ');
	let index: SearchIndex | undefined;
	try {
		index = await openSearchIndex({
			cacheDir: context.paths.cacheDir,
			archiveDir: context.archiveDir,
			// A switch for tests and for machines where the native module misbehaves.
			engine: process.env.BELL_READER_SEARCH_ENGINE === 'builtin' ? 'builtin' : 'auto',
			archiveWatch: context.archiveWatch,
			storyBlocks: () => context.readState().storyBlocks ?? [],
			onProgress: indexingProgress(context),
			onNote(note) {
				context.warn(noteText(context, note));
			},
		});
		const {since, until, sort} = context.flags;
		const results = await index.search(query, context.flags.limit ?? defaultLimit, {since, until, sort});
		if (results.length === 0) {
			// As grep: nothing on stdout, JSON or not, and the exit code says it.
			context.warn(context.messages.noSearchResults(query));
			return 'none';
		}

		if (context.flags.json) {
			context.out(searchResultsJson(results));
		} else {
			context.out(searchResultsText(results, {palette: palette(context.color), width: context.stdoutIsTerminal ? context.columns : undefined}));
		}

		return 'found';
	} catch (error) {
		// An archive that cannot be read has an errno code too, and a message of its own.
		const problem = (error as Error | undefined)?.name === 'ArchiveError' ? undefined : storageProblemOf(error);
		if (problem !== undefined) {
			throw new CommandError(context.messages.cannotUseSearchIndex(context.paths.cacheDir, problem));
		}

		throw error;
	} finally {
		index?.close();
	}
}
