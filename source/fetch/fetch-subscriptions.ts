import {loadIssueParsers} from '../library/issue-parsers.js';
import {openArchiveWriter} from '../import/archive-writer.js';
import type {ImportReport} from '../import/import-report.js';
import type {FetchOutcome, Subscription} from '../store/subscriptions.js';
import {fetchFeed} from './fetch-feed.js';
import {fetchMaildir} from './fetch-maildir.js';
import {FetchFailure, type FetchProblem} from './fetch-problem.js';
import {defaultMaxBytes} from './http-get.js';
import {SourceTally} from './source-tally.js';

/**
 * Fetching subscriptions into the archive, one after another (so no host is asked twice
 * at once), all through one archive writer (so an issue two sources bring is written
 * once). Each subscription's failure is its own: the others are still fetched. What a
 * subscription's fetch leaves for the next one is handed to `onSourceDone` only once its
 * issues are written; an interrupted subscription hands over nothing.
 */

export type SourceReport = {
	name: string;
	imported: number;
	duplicates: number;
	failed: number;
	notModified: boolean;
	error?: FetchProblem;
};

export type FetchRun = {
	sources: SourceReport[];
	report: ImportReport;
	/** The signal stopped the run: the subscription under way and those after it were not finished. */
	interrupted: boolean;
};

export type FetchOptions = {
	archiveDir: string;
	userAgent: string;
	timeoutMs: number;
	maxBytes?: number;
	signal: AbortSignal;
	now?: () => Date;
	onSourceStart?: (subscription: Subscription, position: number, total: number) => void;
	onSourceDone?: (subscription: Subscription, outcome: FetchOutcome, report: SourceReport) => void;
};

function failureOf(error: unknown): FetchProblem | undefined {
	return error instanceof FetchFailure ? error.problem : undefined;
}

export async function fetchSubscriptions(subscriptions: readonly Subscription[], options: FetchOptions): Promise<FetchRun> {
	const now = options.now ?? (() => new Date());
	const parsers = await loadIssueParsers(true);
	// Opened lazily: with nothing new everywhere, the archive's files are not read.
	const writer = openArchiveWriter(options.archiveDir, false, parsers, {lazy: true});
	const limits = {userAgent: options.userAgent, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes ?? defaultMaxBytes, signal: options.signal, now};
	const run: FetchRun = {sources: [], report: writer.report, interrupted: false};
	for (const [position, subscription] of subscriptions.entries()) {
		if (options.signal.aborted) {
			run.interrupted = true;
			break;
		}

		options.onSourceStart?.(subscription, position, subscriptions.length);
		const tally = new SourceTally();
		let outcome: FetchOutcome;
		try {
			if (subscription.retryAfter !== undefined && Date.parse(subscription.retryAfter) > now().getTime()) {
				throw new FetchFailure({kind: 'waiting', until: subscription.retryAfter});
			}

			outcome = subscription.kind === 'feed'
				? await fetchFeed(subscription, writer, tally, limits)
				: await fetchMaildir(subscription, writer, tally, limits);
		} catch (error) {
			if (options.signal.aborted) {
				run.interrupted = true;
				break;
			}

			const problem = failureOf(error);
			if (problem === undefined) {
				throw error;
			}

			const retryAfter = problem.kind === 'rate-limited' ? problem.retryAfter : problem.kind === 'waiting' ? problem.until : undefined;
			outcome = {record: {...tally.record(), problem}, ...(retryAfter === undefined ? {} : {retryAfter})};
		}

		const {record} = outcome;
		const report: SourceReport = {
			name: subscription.name,
			imported: record.imported,
			duplicates: record.duplicates,
			failed: record.failed,
			notModified: record.notModified === true,
			...(record.problem === undefined ? {} : {error: record.problem as FetchProblem}),
		};
		run.sources.push(report);
		options.onSourceDone?.(subscription, outcome, report);
	}

	return run;
}
