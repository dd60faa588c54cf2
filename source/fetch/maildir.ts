import {closeSync, openSync, readdirSync, readSync, statSync} from 'node:fs';
import path from 'node:path';

/**
 * A Maildir as mbsync, offlineimap or fetchmail keep it: messages are files in `new/`
 * (not yet seen by a mail client) and `cur/`; `tmp/` holds deliveries in progress and is
 * never read. A client moves a message from `new/` to `cur/` and appends flags to its
 * name after a colon, so a message is known by its Message-ID, else by the unique part
 * of its file name. Nothing here writes: messages are never moved or changed.
 */

export type MaildirMessage = {file: string; key: string};

export function isMaildir(dir: string): boolean {
	try {
		return ['cur', 'new', 'tmp'].every(sub => statSync(path.join(dir, sub)).isDirectory());
	} catch {
		return false;
	}
}

/** The unique part of a Maildir file name: what comes before the `:2,FLAGS` info (`!` on some systems). */
export function uniqueName(name: string): string {
	return name.replace(/[:!][12],.*$/u, '');
}

/** The Message-ID in a message's header block, folded lines joined; undefined when it has none. */
export function messageIdOf(head: string): string | undefined {
	const end = /\r?\n\r?\n/u.exec(head);
	const header = (end === null ? head : head.slice(0, end.index)).replace(/\r?\n[ \t]+/gu, ' ');
	const match = /^message-id:\s*(<[^>\s]+>|\S+)/imu.exec(header);
	return match?.[1];
}

function readHead(file: string, bytes = 64 * 1024): string {
	const buffer = Buffer.alloc(bytes);
	const descriptor = openSync(file, 'r');
	try {
		return buffer.toString('latin1', 0, readSync(descriptor, buffer, 0, bytes, 0));
	} finally {
		closeSync(descriptor);
	}
}

/** Every message in `new/` and `cur/`, in file-name order; a message in both is listed once. */
export function listMaildir(dir: string): MaildirMessage[] {
	const messages: MaildirMessage[] = [];
	const keys = new Set<string>();
	for (const sub of ['new', 'cur']) {
		const names = readdirSync(path.join(dir, sub), {withFileTypes: true})
			.filter(entry => entry.isFile() && !entry.name.startsWith('.'))
			.map(entry => entry.name)
			.sort();
		for (const name of names) {
			const file = path.join(dir, sub, name);
			const key = messageIdOf(readHead(file)) ?? uniqueName(name);
			if (!keys.has(key)) {
				keys.add(key);
				messages.push({file, key});
			}
		}
	}

	return messages;
}
