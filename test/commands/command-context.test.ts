import {describe, expect, it} from 'vitest';
import {ArchiveError} from '../../source/library/archive-folder.js';
import {CommandError, userMessageOf} from '../../source/commands/command-context.js';
import {WriteError} from '../../source/library/write-file-atomically.js';
import {cliMessages} from '../../source/i18n/cli-messages.js';

describe('userMessageOf', () => {
	const messages = cliMessages('en');

	it('says what went wrong for the errors meant for the user', () => {
		expect(userMessageOf(new CommandError('no such issue'), messages)).toBe('no such issue');
		expect(userMessageOf(new ArchiveError('/tmp/archive', 'ENOENT'), messages)).toBe(messages.cannotReadArchive('/tmp/archive', 'ENOENT'));
		expect(userMessageOf(new WriteError('/tmp/out/a.md', 'EACCES'), messages)).toBe(messages.cannotWrite('/tmp/out/a.md', 'EACCES'));
	});

	it('matches by name, as a copy of the class in another bundled part would be', () => {
		const copy = Object.assign(new Error('x'), {name: 'ArchiveError', dir: '/a', code: 'ENOTDIR'});
		expect(userMessageOf(copy, messages)).toBe(messages.cannotReadArchive('/a', 'ENOTDIR'));
	});

	it('says a file system error nobody wrapped in words, with its path', () => {
		const mkdir = Object.assign(new Error('ENOTDIR: not a directory, mkdir \'/c/bell-reader\''), {code: 'ENOTDIR', syscall: 'mkdir', path: '/c/bell-reader'});
		expect(userMessageOf(mkdir, messages)).toBe('cannot write /c/bell-reader: not a folder');
		const scandir = Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES', syscall: 'scandir', path: '/secret'});
		expect(userMessageOf(scandir, cliMessages('ru'))).toBe('не удалось открыть /secret: нет доступа');
	});

	it('says a held lock and a newer state in the user\'s language', () => {
		const lock = Object.assign(new Error('x'), {name: 'LockTimeoutError', lockPath: '/c/config.json.lock'});
		expect(userMessageOf(lock, cliMessages('ru'))).toBe('/c/config.json.lock занят другим bell-reader; попробуйте ещё раз или удалите этот файл, если bell-reader не запущен');
		const newer = Object.assign(new Error('x'), {name: 'StateStoreError', file: '/c/config.json', schema: 9, supported: 1});
		expect(userMessageOf(newer, messages)).toBe('/c/config.json was written by a newer bell-reader (state version 9; this one reads up to 1): upgrade bell-reader');
	});

	it('leaves anything else to be reported as a bug', () => {
		expect(userMessageOf(new TypeError('undefined is not a function'), messages)).toBeUndefined();
		expect(userMessageOf('a string', messages)).toBeUndefined();
	});
});
