import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import packageJson from '../../package.json' with {type: 'json'};
import {runCli, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	home.remove();
});

describe('help and version', () => {
	it('prints one command\'s help for `help <command>` and `<command> --help` alike', async () => {
		const [byHelp, byFlag, short] = await Promise.all([
			runCli(['help', 'export'], home.env),
			runCli(['export', '--help'], home.env),
			runCli(['export', 'all', '-h'], home.env),
		]);
		expect(byHelp).toMatchObject({code: 0, stderr: ''});
		expect(byHelp.stdout).toMatch(/^Usage\n {2}bell-reader export <issue\|latest\|all> \[flags\]\n/u);
		for (const flag of ['--format F', '--width N', '--hyphenate', '--full', '--out DIR', '--archive DIR', '-h, --help', '-v, --version']) {
			expect(byHelp.stdout).toContain(`\n  ${flag}`);
		}

		expect(byHelp.stdout).toContain('$ bell-reader export latest --format md > issue.md');
		expect(byHelp.stdout).not.toContain('--limit');
		expect(byFlag.stdout).toBe(byHelp.stdout);
		expect(short.stdout).toBe(byHelp.stdout);
	});

	it('prints the whole help for `help` and `--help`', async () => {
		const [help, flag] = await Promise.all([runCli(['help'], home.env), runCli(['--help'], home.env)]);
		expect(help).toMatchObject({code: 0, stderr: ''});
		expect(help.stdout).toMatch(/^bell-reader — a terminal reader for newsletter archives\n/u);
		expect(flag.stdout).toBe(help.stdout);
	});

	it('speaks Russian in a Russian locale', async () => {
		const result = await runCli(['search', '--help'], {...home.env, LANG: 'ru_RU.UTF-8'});
		expect(result.stdout).toMatch(/^Использование\n {2}bell-reader search <запрос> \[флаги\]\n/u);
		expect(result.stdout).toContain('  --limit N         не больше N результатов');
	});

	it.each([['-v'], ['--version'], ['list', '-v']])('%j prints the version', async (...argv) => {
		expect(await runCli(argv, home.env)).toEqual({code: 0, stdout: `${packageJson.version}\n`, stderr: ''});
	});
});

describe('mistakes', () => {
	it('suggests the command meant, with exit code 2', async () => {
		expect(await runCli(['lsit'], home.env)).toEqual({
			code: 2,
			stdout: '',
			stderr: 'bell-reader: unknown command "lsit"; did you mean "list"?\nUsage: bell-reader [command] [flags]\nRun `bell-reader --help` for commands, flags and examples.\n',
		});
	});

	it('suggests the flag meant and shows the command\'s usage', async () => {
		expect(await runCli(['export', 'all', '--fromat', 'md'], home.env)).toEqual({
			code: 2,
			stdout: '',
			stderr: 'bell-reader: unknown flag --fromat; did you mean --format?\nUsage: bell-reader export <issue|latest|all> [flags]\nRun `bell-reader help export` for its flags and examples.\n',
		});
	});

	it('suggests in Russian too', async () => {
		const result = await runCli(['help', 'serch'], {...home.env, LANG: 'ru_RU.UTF-8'});
		expect(result).toMatchObject({code: 2, stdout: ''});
		expect(result.stderr.split('\n')[0]).toBe('bell-reader: неизвестная команда «serch»; может быть, «search»?');
	});
});
