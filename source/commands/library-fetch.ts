import {defaultTimeoutSeconds} from '../fetch/user-agent.js';
import {fetchMessages} from '../i18n/fetch-messages.js';
import type {Catalog} from '../library/catalog.js';
import type {StateStore} from '../store/state-store.js';
import type {CommandContext} from './command-context.js';
import {fetchFailures, fetchIntoArchive} from './fetch-into-archive.js';
import {loadCatalog} from './load-issues.js';

/**
 * The library's fetch key: every subscription into the archive, as `fetch` does it,
 * then the catalog read again so the new issues can be listed and opened. Warnings
 * would print over the full screen, so they are left out; a fetch that fails as a whole
 * rejects with its one line.
 */

export type LibraryFetchResult = {catalog: Catalog; fresh: string[]; status: string};

/** `signal` stops a fetch when the library quits: no request may keep the process alive. */
export function libraryFetcher(context: CommandContext, store: StateStore, signal: AbortSignal): (progress: (status: string) => void) => Promise<LibraryFetchResult> {
	const messages = fetchMessages(context.language);
	// Into the archive `fetch` would write: the one shown, unless that is the bundled sample.
	const archiveDir = context.sampleArchive === true ? context.paths.archiveDir : context.archiveDir;
	return async progress => {
		const {subscriptions} = store.read();
		const run = await fetchIntoArchive(context, store, subscriptions, {
			archiveDir,
			timeoutMs: defaultTimeoutSeconds * 1000,
			signal,
			onSourceStart(subscription, position, total) {
				progress(messages.fetching(subscription.name, position + 1, total));
			},
		});
		const catalog = await loadCatalog({...context, archiveDir, warn() {}});
		const failures = fetchFailures(run);
		return {
			catalog,
			fresh: run.report.imported.map(issue => issue.id),
			status: messages.fetchedInLibrary(run.report.imported.length, run.sources.length, failures),
		};
	};
}
