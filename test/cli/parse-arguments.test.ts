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
		expect(parse('list', '-ипотека')).toEqual({kind: 'usage-error', message: 'unknown flag -ипотека', command: 'list'});
		expect(parse('-ипотека', 'search')).toMatchObject({kind: 'usage-error', message: 'unknown flag -ипотека'});
	});

	it('answers help and version before anything else', () => {
		expect(parse('--help')).toEqual({kind: 'help'});
		expect(parse('export', '-h')).toEqual({kind: 'help', command: 'export'});
		expect(parse('export', 'all', '--format', 'pdf', '--help')).toEqual({kind: 'help', command: 'export'});
		expect(parse('--version')).toEqual({kind: 'version'});
		expect(parse('-v')).toEqual({kind: 'version'});
		expect(parse('list', '-v')).toEqual({kind: 'version'});
	});

	it('reads `help` and `help <command>`', () => {
		expect(parse('help')).toEqual({kind: 'help'});
		expect(parse('help', 'search')).toEqual({kind: 'help', command: 'search'});
		expect(parse('help', 'help')).toEqual({kind: 'help'});
		expect(parse('help', 'serch')).toEqual({kind: 'usage-error', message: 'unknown command "serch"; did you mean "search"?'});
		expect(parse('help', 'list', 'read')).toEqual({kind: 'usage-error', message: 'unexpected argument "read"'});
	});

	it('takes md and txt for --format, in any case', () => {
		expect(parse('export', 'all', '--format', 'md')).toMatchObject({flags: {format: 'markdown'}});
		expect(parse('export', 'all', '--format=MD')).toMatchObject({flags: {format: 'markdown'}});
		expect(parse('export', 'all', '--format', 'txt')).toMatchObject({flags: {format: 'text'}});
	});

	it('names the command a mistake was made in, for its usage line', () => {
		expect(parse('export', 'all', '--widht', '5')).toEqual({kind: 'usage-error', message: 'unknown flag --widht; did you mean --width?', command: 'export'});
		expect(parse('list', '--unread')).toMatchObject({command: 'list'});
	});

	it.each([
		[['--bogus'], 'unknown flag --bogus'],
		[['-x'], 'unknown flag -x'],
		[['frobnicate'], 'unknown command "frobnicate"'],
		[['lsit'], 'unknown command "lsit"; did you mean "list"?'],
		[['exprot', 'all'], 'unknown command "exprot"; did you mean "export"?'],
		[['bookmark'], 'unknown command "bookmark"; did you mean "bookmarks"?'],
		[['ls'], 'unknown command "ls"'],
		[['--jsno'], 'unknown flag --jsno; did you mean --json?'],
		[['--dryrun'], 'unknown flag --dryrun; did you mean --dry-run?'],
		[['--verison'], 'unknown flag --verison; did you mean --version?'],
		[['--zzzzzz'], 'unknown flag --zzzzzz'],
		[['list', '--unread'], '--unread does not apply to list'],
		[['export'], 'export needs <issue|latest|all>'],
		[['read', 'a', 'b'], 'unexpected argument "b"'],
		[['export', 'all', '--width'], '--width needs a value'],
		[['export', 'all', '--width', '--full'], '--width needs a value'],
		[['export', 'all', '--out='], '--out needs a value'],
		[['list', '--json=yes'], '--json takes no value'],
		[['export', 'all', '--format', 'pdf'], '--format must be one of text, markdown, md, json, not "pdf"'],
		[['export', 'all', '--width', '9'], '--width must be a whole number from 10 to 1000, not "9"'],
		[['export', 'all', '--width', '7e1'], '--width must be a whole number from 10 to 1000, not "7e1"'],
		[['export', 'all', '--hyphenate'], '--hyphenate goes with --width N: without a width nothing is wrapped'],
	])('refuses %j: %s', (argv, message) => {
		expect(parse(...argv)).toMatchObject({kind: 'usage-error', message});
	});
});
