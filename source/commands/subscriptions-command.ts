import {fetchMessages, localTime} from '../i18n/fetch-messages.js';
import type {Subscription} from '../store/subscriptions.js';
import type {CommandContext} from './command-context.js';

/**
 * `subscriptions [--json]`: one line per subscription, tab-separated like `list`:
 * name, source, when it was last fetched (local time), the last result.
 */

function jsonOf(subscription: Subscription, context: CommandContext) {
	const record = subscription.lastResult;
	return {
		name: subscription.name,
		source: subscription.source,
		lastFetched: subscription.lastFetched ?? null,
		lastResult: record === undefined ? null : {
			imported: record.imported,
			duplicates: record.duplicates,
			failed: record.failed,
			notModified: record.notModified === true,
			error: record.problem === undefined ? null : fetchMessages(context.language).problem(record.problem),
		},
	};
}

export function subscriptionsCommand(context: CommandContext): void {
	const messages = fetchMessages(context.language);
	const {subscriptions} = context.readState();
	if (context.flags.json) {
		context.out(`${JSON.stringify(subscriptions.map(subscription => jsonOf(subscription, context)), null, 2)}\n`);
		return;
	}

	if (subscriptions.length === 0) {
		context.warn(messages.noSubscriptions);
		return;
	}

	context.out(subscriptions.map(subscription => [
		subscription.name,
		subscription.source,
		subscription.lastFetched === undefined ? messages.neverFetched : localTime(subscription.lastFetched),
		messages.lastResult(subscription.lastResult),
	].join('\t')).map(line => `${line}\n`).join(''));
}
