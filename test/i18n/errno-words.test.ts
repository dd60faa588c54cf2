import {describe, expect, it} from 'vitest';
import {errnoWords} from '../../source/i18n/errno-words.js';
import {cliMessages} from '../../source/i18n/cli-messages.js';
import type {Language} from '../../source/i18n/locale.js';

/** The codes a person can cause by pointing bell-reader at the wrong place or a full, protected disk. */
const userCodes = ['ENOENT', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'EROFS', 'ELOOP', 'ENAMETOOLONG', 'EMFILE', 'EBUSY', 'EIO'];

describe('errnoWords', () => {
	it.each(['en', 'ru'] as Language[])('says every code a user can cause in words, never the code (%s)', language => {
		for (const code of userCodes) {
			const words = errnoWords(code, language);
			expect(words, code).not.toMatch(/\bE[A-Z]{2,}\b/u);
			expect(words.length, code).toBeGreaterThan(5);
		}
	});

	it('has the words a reader expects', () => {
		expect(errnoWords('EACCES', 'en')).toBe('permission denied');
		expect(errnoWords('EEXIST', 'en')).toBe('already exists');
		expect(errnoWords('ENOSPC', 'en')).toBe('no space left on the disk');
		expect(errnoWords('EROFS', 'ru')).toBe('файловая система только для чтения');
		expect(errnoWords('ENOTDIR', 'ru')).toBe('это не папка');
	});

	it('names an unknown code only in parentheses, and passes a message through', () => {
		expect(errnoWords('EWEIRD', 'en')).toBe('a system error (EWEIRD)');
		expect(errnoWords('EWEIRD', 'ru')).toBe('системная ошибка (EWEIRD)');
		expect(errnoWords('disk image is malformed', 'en')).toBe('disk image is malformed');
	});

	it.each(['en', 'ru'] as Language[])('is what every message with a code says (%s)', language => {
		const messages = cliMessages(language);
		for (const code of userCodes) {
			for (const message of [
				messages.cannotWrite('/x', code),
				messages.cannotUse('/x', code),
				messages.cannotReadArchive('/x', code),
				messages.cannotUseSearchIndex('/x', code),
				messages.skippedFile('/x', {kind: 'unreadable', detail: code}),
				messages.cannotReadIssueFile('/x', {kind: 'unreadable', detail: code}),
				messages.importFailed('/x', {kind: 'write-failed', code}),
			]) {
				expect(message).toContain(errnoWords(code, language));
				expect(message).not.toContain(code);
			}
		}
	});
});
