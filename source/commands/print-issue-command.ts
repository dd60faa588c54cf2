import {exportText} from '../export/text-export.js';
import {columnWidthFor} from '../state/app-model.js';
import type {CommandContext} from './command-context.js';
import {findIssue} from './load-issues.js';
import {requestedLineWrapper} from './requested-line-wrapper.js';

/**
 * `latest` and `read <issue>` when stdout is not a terminal: the story as plain text. A
 * file read by its path is printed on a terminal too (as glow does), wrapped as the reader
 * would wrap it unless --width says otherwise.
 */
export async function printIssueCommand(context: CommandContext, query: string): Promise<void> {
	const {full} = context.flags;
	const width = context.flags.width ?? (context.stdoutIsTerminal
		? columnWidthFor({columns: context.columns ?? 80, rows: 24}, context.readState().settings.textWidth)
		: undefined);
	const [issue, wrap] = await Promise.all([findIssue(context, query), requestedLineWrapper({...context.flags, width})]);
	context.out(exportText(issue, {width, wrap, full}));
}
