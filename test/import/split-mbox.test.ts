import {describe, expect, it} from 'vitest';
import {looksLikeMbox, splitMbox} from '../../source/import/split-mbox.js';
import {fixture} from './fixtures-path.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('splitMbox', () => {
	const messages = splitMbox(fixture('newsletters.mbox')).map(message => decode(message));

	it('splits on From lines after a blank line and before headers', () => {
		expect(messages).toHaveLength(3);
		expect(messages.map(message => message.split('\n')[0])).toEqual([
			'From: The Bell <newsletter@thebell.io>',
			'From: The Bell <newsletter@thebell.io>',
			'From: friend@example.com',
		]);
	});

	it('does not split on a From line inside a body', () => {
		expect(messages[0]).toContain('From the bank\'s point of view');
	});

	it('unescapes >From by one level', () => {
		expect(messages[1]).toContain('\nFrom a reader\'s letter');
		expect(decode(splitMbox(new TextEncoder().encode('From a@b Mon Jan 1 00:00:00 2025\nSubject: x\n\n>>From here\n'))[0]!)).toContain('\n>From here');
	});

	it('does not split on a From line after a blank line that no header follows', () => {
		const text = 'From a@b Mon Jan 1 00:00:00 2025\nSubject: x\n\nFirst paragraph.\n\nFrom now on, a new paragraph.\n';
		expect(splitMbox(new TextEncoder().encode(text))).toHaveLength(1);
	});

	it('keeps each message’s bytes as they were (8-bit charsets survive)', () => {
		const body = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
		const head = new TextEncoder().encode('From a@b Mon Jan 1 00:00:00 2025\nSubject: x\n\n');
		const [message] = splitMbox(Uint8Array.from([...head, ...body, 0x0a]));
		expect([...message!.subarray(-7, -1)]).toEqual([...body]);
	});

	it('tells an mbox by its first lines', () => {
		expect(looksLikeMbox('From a@b Mon Jan 1 00:00:00 2025\nSubject: x\n')).toBe(true);
		expect(looksLikeMbox('From here on, prose.\nMore prose.\n')).toBe(false);
	});
});
