import {exportText} from '../export/text-export.js';
import type {CommandContext} from './command-context.js';
import {findIssue} from './load-issues.js';
import {requestedLineWrapper} from './requested-line-wrapper.js';

/** `latest` and `read <issue>` when stdout is not a terminal: the story as plain text. */
export async function printIssueCommand(context: CommandContext, query: string): Promise<void> {
	const {width, full} = context.flags;
	const [issue, wrap] = await Promise.all([findIssue(context, query), requestedLineWrapper(context.flags)]);
	context.out(exportText(issue, {width, wrap, full}));
}
