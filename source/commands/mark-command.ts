import {markRead} from '../store/reader-state.js';
import type {CommandContext} from './command-context.js';
import {findEntry, loadCatalog} from './load-issues.js';

/** `mark <issue> [--unread]`. */
export async function markCommand(context: CommandContext): Promise<void> {
	const entry = findEntry(context, await loadCatalog(context), context.args[0]!);
	const read = !context.flags.unread;
	const store = await context.openStore();
	store.update(state => markRead(state, entry.id, read, context.now().toISOString()));
	context.out(`${read ? context.messages.markedRead(entry.id) : context.messages.markedUnread(entry.id)}\n`);
}
