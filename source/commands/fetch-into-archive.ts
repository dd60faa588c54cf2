import {fetchSubscriptions, type FetchRun} from '../fetch/fetch-subscriptions.js';
import type {FetchProblem} from '../fetch/fetch-problem.js';
import {userAgent} from '../fetch/user-agent.js';
import {changeSubscriptions} from '../store/reader-state.js';
import type {StateStore} from '../store/state-store.js';
import {withFetchOutcome, type Subscription} from '../store/subscriptions.js';
import type {CommandContext} from './command-context.js';

/**
 * Fetches subscriptions into an archive as `fetch` and the library's fetch key both do:
 * what each subscription leaves for the next fetch (its validators, the messages taken)
 * is saved in the state as soon as its issues are written.
 */
export async function fetchIntoArchive(context: CommandContext, store: StateStore, subscriptions: readonly Subscription[], options: {
	archiveDir: string;
	timeoutMs: number;
	signal: AbortSignal;
	onSourceStart: (subscription: Subscription, position: number, total: number) => void;
}): Promise<FetchRun> {
	return fetchSubscriptions(subscriptions, {
		...options,
		userAgent,
		now: context.now,
		onSourceDone(subscription, outcome) {
			store.update(state => changeSubscriptions(state, list => withFetchOutcome(list, subscription.name, outcome, context.now().toISOString())));
		},
	});
}

/** The subscriptions that failed, and why, for a summary line. */
export function fetchFailures(run: FetchRun): Array<{name: string; problem: FetchProblem}> {
	return run.sources.flatMap(source => (source.error === undefined ? [] : [{name: source.name, problem: source.error}]));
}
