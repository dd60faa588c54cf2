import {fetchMessages} from '../i18n/fetch-messages.js';
import {changeSubscriptions} from '../store/reader-state.js';
import {findSubscription, withoutSubscription} from '../store/subscriptions.js';
import {CommandError, type CommandContext} from './command-context.js';

/** `unsubscribe <name>`: the subscription goes; the issues it brought stay in the archive. */
export async function unsubscribeCommand(context: CommandContext): Promise<void> {
	const messages = fetchMessages(context.language);
	const name = context.args[0]!;
	const store = await context.openStore();
	let names: string[] = [];
	let found = false;
	store.update(state => changeSubscriptions(state, subscriptions => {
		found = findSubscription(subscriptions, name) !== undefined;
		names = subscriptions.map(subscription => subscription.name);
		return withoutSubscription(subscriptions, name);
	}));
	if (!found) {
		throw new CommandError(messages.noSuchSubscription(name, names));
	}

	context.warn(messages.unsubscribed(name));
}
