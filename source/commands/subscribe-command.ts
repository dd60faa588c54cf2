import {subscriptionSource} from '../fetch/subscription-source.js';
import {fetchMessages} from '../i18n/fetch-messages.js';
import {changeSubscriptions} from '../store/reader-state.js';
import {freeName, subscriptionTo, withSubscription, type Subscription} from '../store/subscriptions.js';
import type {CommandContext} from './command-context.js';

/**
 * `subscribe <feed-url|maildir> [--name NAME] [--full-text]`: checks the source's form only
 * (nothing is fetched; an unreachable address is for `fetch` to report) and prints the
 * subscription's name. A source subscribed before is left as it is.
 */

export type SubscribeOutcome = 'subscribed' | 'already-subscribed' | 'not-a-source';

export async function subscribeCommand(context: CommandContext): Promise<SubscribeOutcome> {
	const messages = fetchMessages(context.language);
	const given = context.args[0]!;
	const found = subscriptionSource(given);
	if (found === undefined) {
		context.warn(messages.notASource(given));
		return 'not-a-source';
	}

	const store = await context.openStore();
	let existing: Subscription | undefined;
	let added: Subscription | undefined;
	store.update(state => changeSubscriptions(state, subscriptions => {
		existing = subscriptionTo(subscriptions, found.source);
		if (existing !== undefined) {
			return [...subscriptions];
		}

		added = {
			name: freeName(subscriptions, context.flags.name ?? found.name),
			source: found.source,
			kind: found.kind,
			...(context.flags.fullText === true ? {fullText: true} : {}),
			added: context.now().toISOString(),
		};
		return withSubscription(subscriptions, added);
	}));
	if (existing !== undefined) {
		context.warn(messages.alreadySubscribed(existing.name, existing.source));
		return 'already-subscribed';
	}

	context.out(`${messages.subscribed(added!.name, added!.source)}\n`);
	return 'subscribed';
}
