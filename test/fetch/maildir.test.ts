import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isMaildir, listMaildir, messageIdOf, uniqueName} from '../../source/fetch/maildir.js';

function maildir(): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'bell-maildir-'));
	for (const sub of ['cur', 'new', 'tmp']) {
		mkdirSync(path.join(dir, sub));
	}

	return dir;
}

describe('Maildir', () => {
	it('is a folder with cur/, new/ and tmp/', () => {
		const dir = maildir();
		expect(isMaildir(dir)).toBe(true);
		expect(isMaildir(path.join(dir, 'cur'))).toBe(false);
		expect(isMaildir(path.join(dir, 'missing'))).toBe(false);
	});

	it('lists new/ then cur/, never tmp/, each message once, by Message-ID or its unique name', () => {
		const dir = maildir();
		writeFileSync(path.join(dir, 'new', '1733.M1P2.host'), 'Message-ID:\n <first@example.invalid>\nSubject: a\n\ntext');
		writeFileSync(path.join(dir, 'cur', '1734.M1P3.host:2,S'), 'Subject: no id\n\nMessage-ID: <in-the-body@example.invalid>');
		writeFileSync(path.join(dir, 'cur', '1735.M1P4.host:2,RS'), 'Message-ID: <first@example.invalid>\n\ncopy');
		writeFileSync(path.join(dir, 'cur', '.hidden'), 'Message-ID: <hidden@example.invalid>\n\n');
		writeFileSync(path.join(dir, 'tmp', 'delivering'), 'Message-ID: <partial@example.invalid>\n\n');
		expect(listMaildir(dir)).toEqual([
			{file: path.join(dir, 'new', '1733.M1P2.host'), key: '<first@example.invalid>'},
			{file: path.join(dir, 'cur', '1734.M1P3.host:2,S'), key: '1734.M1P3.host'},
		]);
	});

	it('keys a message the same after the client moves it and changes its flags', () => {
		expect(uniqueName('1734.M1P3.host')).toBe(uniqueName('1734.M1P3.host:2,RS'));
		expect(uniqueName('1734.M1P3.host!2,S')).toBe('1734.M1P3.host');
		expect(messageIdOf('Subject: x\r\nMessage-Id: <a@b>\r\n\r\n')).toBe('<a@b>');
	});
});
