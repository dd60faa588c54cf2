import type {CommandContext} from './command-context.js';
import {findIssue, loadIssues} from './load-issues.js';

/**
 * The library (`bell-reader`), or the reader on one issue (`latest`, `read <issue>`), in
 * the terminal. Ink is imported here, on demand, so that printing paths never load it.
 */
export async function interactiveCommand(context: CommandContext, query?: string): Promise<void> {
	const issues = loadIssues(context);
	const open = query === undefined ? undefined : findIssue(context, issues, query);
	const store = context.store();
	const {runInteractive} = await import('../ui/run-interactive.js');
	await runInteractive({issues, store, language: context.language, ...(open ? {open} : {})});
}
