import {clearLine} from '../cli/progress-bar.js';
import type {FetchRun} from '../fetch/fetch-subscriptions.js';
import {defaultTimeoutSeconds} from '../fetch/user-agent.js';
import {fetchMessages} from '../i18n/fetch-messages.js';
import {findSubscription, type Subscription} from '../store/subscriptions.js';
import {CommandError, type CommandContext} from './command-context.js';
import {fetchFailures, fetchIntoArchive} from './fetch-into-archive.js';

/**
 * `fetch [NAME…] [--json] [--timeout SECONDS] [--archive DIR]`: every subscription (or
 * the named ones) into the archive. stdout gets the path of each issue written (with
 * --json, the per-source report); stderr one summary line. Each subscription's result and
 * validators are stored as soon as its issues are written. Ctrl-C or SIGTERM stops at the
 * next item: no file is left half-written (every write is atomic) and the subscription
 * under way keeps its old validators, so the next fetch asks for it again.
 */

export type FetchCommandOutcome =
	| {kind: 'all-reached'}
	| {kind: 'some-failed'}
	| {kind: 'interrupted'; signal: 'SIGINT' | 'SIGTERM'};

/** The named subscriptions in the order given, or all of them. */
function chosen(subscriptions: readonly Subscription[], names: readonly string[], context: CommandContext): Subscription[] {
	if (names.length === 0) {
		return [...subscriptions];
	}

	return [...new Set(names)].map(name => {
		const subscription = findSubscription(subscriptions, name);
		if (subscription === undefined) {
			throw new CommandError(fetchMessages(context.language).noSuchSubscription(name, subscriptions.map(each => each.name)));
		}

		return subscription;
	});
}

function jsonOf(run: FetchRun, context: CommandContext): string {
	const messages = fetchMessages(context.language);
	const json = {
		sources: run.sources.map(source => ({
			name: source.name,
			imported: source.imported,
			duplicates: source.duplicates,
			failed: source.failed,
			error: source.error === undefined ? null : messages.problem(source.error),
		})),
		imported: run.report.imported.length,
	};
	return `${JSON.stringify(json, null, 2)}\n`;
}

export async function fetchCommand(context: CommandContext): Promise<FetchCommandOutcome> {
	const messages = fetchMessages(context.language);
	const subscriptions = chosen(context.readState().subscriptions, context.args, context);
	if (subscriptions.length === 0) {
		if (context.flags.json) {
			context.out(`${JSON.stringify({sources: [], imported: 0}, null, 2)}\n`);
		}

		context.warn(messages.noSubscriptions);
		return {kind: 'all-reached'};
	}

	const store = await context.openStore();
	const controller = new AbortController();
	let signal: 'SIGINT' | 'SIGTERM' | undefined;
	const stop = (name: 'SIGINT' | 'SIGTERM') => () => {
		signal = name;
		controller.abort(new Error(name));
	};

	const onInterrupt = stop('SIGINT');
	const onTerminate = stop('SIGTERM');
	process.on('SIGINT', onInterrupt);
	process.on('SIGTERM', onTerminate);
	const showProgress = context.stderrIsTerminal && !context.flags.json;
	let run: FetchRun;
	try {
		run = await fetchIntoArchive(context, store, subscriptions, {
			archiveDir: context.archiveDir,
			timeoutMs: (context.flags.timeout ?? defaultTimeoutSeconds) * 1000,
			signal: controller.signal,
			onSourceStart(subscription, position, total) {
				if (showProgress) {
					context.status(`${clearLine}${messages.fetching(subscription.name, position + 1, total)}`);
				}
			},
		});
	} finally {
		process.off('SIGINT', onInterrupt);
		process.off('SIGTERM', onTerminate);
		if (showProgress) {
			context.status(clearLine);
		}
	}

	if (context.flags.json) {
		context.out(jsonOf(run, context));
	} else {
		context.out(run.report.imported.map(issue => `${issue.file}\n`).join(''));
	}

	const failures = fetchFailures(run);
	const counts = {
		sources: run.sources.length,
		imported: run.report.imported.length,
		duplicates: run.report.duplicates.length,
		failed: run.sources.reduce((sum, source) => sum + source.failed, 0),
	};
	context.warn(messages.summary(counts, failures, run.report.archiveDir));
	if (run.interrupted) {
		context.warn(messages.interrupted);
		return {kind: 'interrupted', signal: signal ?? 'SIGINT'};
	}

	return failures.length === 0 ? {kind: 'all-reached'} : {kind: 'some-failed'};
}
