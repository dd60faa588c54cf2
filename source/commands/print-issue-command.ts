import {exportText} from '../export/text-export.js';
import type {CommandContext} from './command-context.js';
import {findIssue, loadIssues} from './load-issues.js';

/** `latest` and `read <issue>` when stdout is not a terminal: the story as plain text. */
export function printIssueCommand(context: CommandContext, query: string): void {
	const issue = findIssue(context, loadIssues(context), query);
	context.out(exportText(issue, {width: context.flags.width, hyphenate: context.flags.hyphenate, full: context.flags.full}));
}
