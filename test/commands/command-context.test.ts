import {describe, expect, it} from 'vitest';
import {ArchiveError} from '../../source/library/archive-folder.js';
import {CommandError, userMessageOf} from '../../source/commands/command-context.js';
import {ExportWriteError} from '../../source/export/write-export-files.js';
import {cliMessages} from '../../source/i18n/cli-messages.js';

describe('userMessageOf', () => {
	const messages = cliMessages('en');

	it('says what went wrong for the errors meant for the user', () => {
		expect(userMessageOf(new CommandError('no such issue'), messages)).toBe('no such issue');
		expect(userMessageOf(new ArchiveError('/tmp/archive', 'ENOENT'), messages)).toBe(messages.cannotReadArchive('/tmp/archive', 'ENOENT'));
		expect(userMessageOf(new ExportWriteError('/tmp/out/a.md', 'EACCES'), messages)).toBe(messages.cannotWrite('/tmp/out/a.md', 'EACCES'));
	});

	it('matches by name, as a copy of the class in another bundled part would be', () => {
		const copy = Object.assign(new Error('x'), {name: 'ArchiveError', dir: '/a', code: 'ENOTDIR'});
		expect(userMessageOf(copy, messages)).toBe(messages.cannotReadArchive('/a', 'ENOTDIR'));
	});

	it('leaves anything else to be reported as a bug', () => {
		expect(userMessageOf(new TypeError('undefined is not a function'), messages)).toBeUndefined();
		expect(userMessageOf('a string', messages)).toBeUndefined();
	});
});
