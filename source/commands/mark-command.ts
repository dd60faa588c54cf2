import {markRead} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {findIssue, loadIssues} from './load-issues.js';

/** `mark <issue> [--unread]`. */
export function markCommand(context: CommandContext): void {
	const issue = findIssue(context, loadIssues(context), context.args[0]!);
	const read = !context.flags.unread;
	context.store().update(state => markRead(state, issue.id, read, context.now().toISOString()));
	context.out(`${read ? context.messages.markedRead(issue.id) : context.messages.markedUnread(issue.id)}\n`);
}
