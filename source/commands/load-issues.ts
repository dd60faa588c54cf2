import type {Issue} from '../archive/issue.js';
import {ArchiveError, loadArchive} from '../archive/load-archive.js';
import {resolveIssue} from '../archive/resolve-issue.js';
import {CommandError, type CommandContext} from './command-context.js';

/** Loads the archive, reporting each skipped file on stderr. */
export function loadIssues(context: CommandContext): Issue[] {
	try {
		const archive = loadArchive(context.archiveDir);
		for (const warning of archive.warnings) {
			context.warn(context.messages.skippedFile(warning.file, warning.problem));
		}

		return archive.issues;
	} catch (error) {
		if (error instanceof ArchiveError) {
			throw new CommandError(context.messages.cannotReadArchive(error.dir, error.code));
		}

		throw error;
	}
}

/** The issue `<issue>` names, or a CommandError that says what exists instead. */
export function findIssue(context: CommandContext, issues: readonly Issue[], query: string): Issue {
	const resolution = resolveIssue(query, issues);
	if ('issue' in resolution) {
		return resolution.issue;
	}

	switch (resolution.problem) {
		case 'empty': {
			throw new CommandError(context.messages.noIssues(context.archiveDir));
		}

		case 'several': {
			throw new CommandError(context.messages.severalIssuesMatch(query, resolution.ids));
		}

		case 'none': {
			throw new CommandError(context.messages.noIssueMatches(query, resolution.nearest));
		}
	}
}
