import {readFileSync, statSync} from 'node:fs';
import {fsErrorCode} from '../library/archive-folder.js';
import type {ArchiveWriter} from '../import/archive-writer.js';
import {issueFromMail} from '../import/issues-from-mail.js';
import {guarded} from '../import/item-guard.js';
import type {FetchOutcome, Subscription} from '../store/subscriptions.js';
import {FetchFailure} from './fetch-problem.js';
import {isMaildir, listMaildir, type MaildirMessage} from './maildir.js';
import type {SourceTally} from './source-tally.js';

/**
 * One Maildir subscription: every message not taken before goes through the e-mail
 * importer. Messages are only read. A message is remembered once it is in the archive,
 * found to be a duplicate, or found to be no issue (a personal letter is not asked
 * about again); one that could not be written is tried again next time.
 */

export async function fetchMaildir(subscription: Subscription, writer: ArchiveWriter, tally: SourceTally, options: {maxBytes: number; signal: AbortSignal}): Promise<FetchOutcome> {
	if (!isMaildir(subscription.source)) {
		throw new FetchFailure({kind: 'not-a-maildir'});
	}

	let messages: MaildirMessage[];
	try {
		messages = listMaildir(subscription.source);
	} catch (error) {
		throw new FetchFailure({kind: 'unreadable', code: fsErrorCode(error)});
	}

	const seen = new Set(subscription.seen);
	const taken: string[] = [];
	for (const message of messages.filter(candidate => !seen.has(candidate.key))) {
		options.signal.throwIfAborted();
		const source = {file: message.file};
		let bytes: Uint8Array;
		try {
			if (statSync(message.file).size > options.maxBytes) {
				tally.count(writer.fail(source, {kind: 'too-large', limitMegabytes: Math.round(options.maxBytes / (1024 * 1024))}));
				taken.push(message.key);
				continue;
			}

			bytes = new Uint8Array(readFileSync(message.file));
		} catch (error) {
			// Moved by the mail client meanwhile: it is read from its new place next time.
			tally.count(writer.fail(source, {kind: 'unreadable', detail: fsErrorCode(error)}));
			continue;
		}

		const outcome = writer.accept(source, await guarded(() => issueFromMail(bytes, 'mail')));
		tally.count(outcome);
		// A message whose issue could not be written is tried again next time.
		if (outcome !== 'write-failed') {
			taken.push(message.key);
		}
	}

	return {record: tally.record(), seen: taken};
}
