import {exportText} from '../export/text-export.js';
import {loadHyphenationPatterns} from '../layout/hyphenation.js';
import type {CommandContext} from './command-context.js';
import {findIssue} from './load-issues.js';

/** `latest` and `read <issue>` when stdout is not a terminal: the story as plain text. */
export async function printIssueCommand(context: CommandContext, query: string): Promise<void> {
	const [issue] = await Promise.all([findIssue(context, query), context.flags.hyphenate ? loadHyphenationPatterns() : undefined]);
	context.out(exportText(issue, {width: context.flags.width, hyphenate: context.flags.hyphenate, full: context.flags.full}));
}
