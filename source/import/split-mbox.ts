/**
 * Splits an mbox file into its messages, as bytes (each message may be in its own charset).
 *
 * A message starts at a `From ` line at the start of the file or after a blank line, when
 * the next line is a header. A `From ` line in a body that is not both (a quoted reply, a
 * sentence wrapped onto a new line) does not split. `>From `, `>>From ` … are unescaped by
 * one `>`, which undoes both mboxo and mboxrd quoting.
 */

const separator = /^From \S/u;
const header = /^[\u0021-\u0039\u003B-\u007E]+:[ \t]/u;

export function looksLikeMbox(head: string): boolean {
	const [first, second] = head.replace(/^\uFEFF/u, '').split(/\r?\n/u, 2);
	return first !== undefined && separator.test(first) && second !== undefined && header.test(second);
}

export function splitMbox(bytes: Uint8Array): Uint8Array[] {
	// Latin-1 maps each byte to one character, so offsets and the bytes come back exactly.
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	const lines = text.split('\n');
	const starts: number[] = [];
	for (let index = 0; index < lines.length; index++) {
		const previous = index === 0 ? '' : lines[index - 1]!.replace(/\r$/u, '');
		if (previous === '' && separator.test(lines[index]!) && header.test(lines[index + 1] ?? '')) {
			starts.push(index);
		}
	}

	const messages: Uint8Array[] = [];
	for (const [position, start] of starts.entries()) {
		const end = starts[position + 1] ?? lines.length;
		const body = lines.slice(start + 1, end);
		// The blank line before the next `From ` belongs to the mbox, not the message.
		while (body.length > 0 && body.at(-1)!.replace(/\r$/u, '') === '') {
			body.pop();
		}

		const message = body.map(line => line.replace(/^>(>*From )/u, '$1')).join('\n');
		messages.push(new Uint8Array(Buffer.from(`${message}\n`, 'latin1')));
	}

	return messages;
}
