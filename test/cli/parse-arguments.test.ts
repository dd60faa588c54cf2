import {describe, expect, it} from 'vitest';
import {parseArguments} from '../../source/cli/parse-arguments.js';
import {cliMessages} from '../../source/i18n/cli-messages.js';

const messages = cliMessages('en');
const parse = (...argv: string[]) => parseArguments(argv, messages);

describe('parseArguments', () => {
	it('reads commands, arguments and flags in any order', () => {
		expect(parse('export', 'latest', '--format', 'json', '--width=72', '--full')).toEqual({
			kind: 'command', command: 'export', args: ['latest'],
			flags: {json: false, format: 'json', width: 72, full: true, hyphenate: false, unread: false, dryRun: false, stop: false},
		});
		expect(parse('--archive', '/a', 'list', '--json')).toMatchObject({command: 'list', flags: {archive: '/a', json: true}});
		expect(parse()).toMatchObject({kind: 'command', command: 'library', args: []});
	});

	it('passes arguments after -- through, even when they look like flags', () => {
		expect(parse('read', '--', '-weird-id')).toMatchObject({kind: 'command', args: ['-weird-id']});
	});

	it('keeps a word after one dash whole as a search word, and only there', () => {
		expect(parse('search', 'банк', '-ипотека', '--limit', '3', '-nvidia')).toMatchObject({kind: 'command', command: 'search', args: ['банк', '-ипотека', '-nvidia'], flags: {limit: 3}});
		expect(parse('search', 'банк', '--since', '2026-03-01', '--sort', 'date')).toMatchObject({flags: {since: '2026-03-01', sort: 'date'}});
		expect(parse('list', '-ипотека')).toEqual({kind: 'usage-error', message: 'unknown flag -ипотека'});
		expect(parse('-ипотека', 'search')).toEqual({kind: 'usage-error', message: 'unknown flag -ипотека'});
	});

	it('answers help and version before anything else', () => {
		expect(parse('export', '-h')).toEqual({kind: 'help'});
		expect(parse('--version')).toEqual({kind: 'version'});
	});

	it.each([
		[['--bogus'], 'unknown flag --bogus'],
		[['-x'], 'unknown flag -x'],
		[['frobnicate'], 'unknown command "frobnicate"'],
		[['list', '--unread'], '--unread does not apply to list'],
		[['export'], 'export needs <issue|latest|all>'],
		[['read', 'a', 'b'], 'unexpected argument "b"'],
		[['export', 'all', '--width'], '--width needs a value'],
		[['export', 'all', '--width', '--full'], '--width needs a value'],
		[['export', 'all', '--out='], '--out needs a value'],
		[['list', '--json=yes'], '--json takes no value'],
		[['export', 'all', '--format', 'pdf'], '--format must be one of text, markdown, json, not "pdf"'],
		[['export', 'all', '--width', '9'], '--width must be a whole number from 10 to 1000, not "9"'],
		[['export', 'all', '--width', '7e1'], '--width must be a whole number from 10 to 1000, not "7e1"'],
		[['export', 'all', '--hyphenate'], '--hyphenate goes with --width N: without a width nothing is wrapped'],
	])('refuses %j: %s', (argv, message) => {
		expect(parse(...argv)).toEqual({kind: 'usage-error', message});
	});
});
