import {copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli, runPipeline, sampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	home.remove();
});

const newest = {id: '2026-11-20-gold', title: 'Золото по $4500. Почему ЦБ и россияне скупают слитки'};

describe('list', () => {
	it('prints id, date, state and title separated by tabs, newest first', async () => {
		const result = await runCli(['list'], home.env);
		expect(result).toMatchObject({code: 0, stderr: ''});
		const rows = result.stdout.trimEnd().split('\n').map(line => line.split('\t'));
		expect(rows).toHaveLength(12);
		expect(rows[0]).toEqual([newest.id, '2026-11-20', 'unread', newest.title]);
		expect(rows.every(row => row.length === 4)).toBe(true);
		expect(rows.at(-1)![0]).toBe('2025-12-01-oil-budget');
	});

	it('prints JSON for scripts', async () => {
		const result = await runCli(['list', '--json'], home.env);
		const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		expect(rows[0]).toMatchObject({id: newest.id, date: '2026-11-20', state: 'unread', title: newest.title, bookmarks: 0});
		expect(rows[0]!.words).toBeGreaterThan(300);
		expect(rows[0]!.minutes).toBeGreaterThan(0);
	});

	it('is what bell-reader prints alone when stdout is not a terminal', async () => {
		const [alone, list] = await Promise.all([runCli([], home.env), runCli(['list'], home.env)]);
		expect(alone.code).toBe(0);
		expect(alone.stdout).toBe(list.stdout);
	});

	it('colours only when asked to', async () => {
		const plain = await runCli(['list'], home.env);
		expect(plain.stdout).not.toContain('\u001B[');
		const forced = await runCli(['list'], {...home.env, FORCE_COLOR: '1'});
		expect(forced.stdout).toContain('\u001B[');
		const both = await runCli(['list'], {...home.env, FORCE_COLOR: '0', NO_COLOR: '1'});
		expect(both.stdout).not.toContain('\u001B[');
	});
});

describe('latest and read', () => {
	it('print the newest issue as text when piped', async () => {
		const result = await runPipeline('bell-reader latest | head -3', home.env);
		expect(result.code).toBe(0);
		const [title, blank, first] = result.stdout.split('\n');
		expect(title).toBe(newest.title);
		expect(blank).toBe('');
		expect(first).toMatch(/^Цена золота на Лондонской бирже/u);
		expect(result.stderr).toBe('');
	});

	it('read takes a unique id prefix', async () => {
		const result = await runCli(['read', '2026-03'], home.env);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('Банк ушел государству. Почему «Северный кредит» национализировали за одни выходные');
		expect(result.stdout).not.toContain('Скопировать ссылку');
		expect(result.stdout).not.toContain('НАСТОЯЩИЙ МАТЕРИАЛ');
	});

	it('read wraps at --width and adds teasers with --full', async () => {
		const result = await runCli(['read', '2026-03', '--width', '40', '--full'], home.env);
		const lines = result.stdout.trimEnd().split('\n');
		expect(Math.max(...lines.map(line => [...line].length))).toBeLessThanOrEqual(40);
		expect(result.stdout).toContain('НАСТОЯЩИЙ');
		expect(result.stdout).toContain('Чипы без Nvidia');
	});

	it('print an issue kept parsed from the last time exactly as parsing it anew, and see an edit at once', async () => {
		const archive = path.join(home.root, 'archive');
		mkdirSync(archive);
		for (const name of readdirSync(sampleArchive)) {
			copyFileSync(path.join(sampleArchive, name), path.join(archive, name));
		}

		const print = async (...args: string[]) => {
			const result = await runCli([...args, '--archive', archive], home.env);
			expect(result).toMatchObject({code: 0, stderr: ''});
			return result.stdout;
		};

		const commands = [['latest'], ['read', 'grain-exports'], ['export', 'latest', '--format', 'json'], ['export', '2026-07', '--format', 'markdown'], ['read', '2026-03', '--width', '40', '--full']];
		const parsedAnew = await Promise.all(commands.map(async command => print(...command)));
		expect(readdirSync(path.join(home.cacheDir, 'stories')).length).toBeGreaterThanOrEqual(4);
		for (const [index, command] of commands.entries()) {
			expect(await print(...command)).toBe(parsedAnew[index]);
		}

		// Rewritten in place, as editors save: the kept issue no longer holds.
		const newestFile = path.join(archive, `${newest.id}.txt`);
		writeFileSync(newestFile, readFileSync(newestFile, 'utf8').replace('Цена золота', 'Стоимость золота'));
		expect(await print('latest')).toContain('Стоимость золота на Лондонской бирже');

		// A damaged cache file is passed over.
		for (const name of readdirSync(path.join(home.cacheDir, 'stories'))) {
			writeFileSync(path.join(home.cacheDir, 'stories', name), '{"version": 2, "issue": {"story": 7}}');
		}

		expect(await print(...commands[1]!)).toBe(parsedAnew[1]);
	});

	it('an unknown issue exits 1 with the nearest ids', async () => {
		const result = await runCli(['read', '2026-11-20-glod'], home.env);
		expect(result).toEqual({code: 1, stdout: '', stderr: 'bell-reader: no issue matches "2026-11-20-glod"; nearest: 2026-11-20-gold\n'});
	});

	it('an ambiguous prefix exits 1 listing the candidates', async () => {
		const result = await runCli(['read', '2026-0'], home.env);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^bell-reader: "2026-0" matches 9 issues: 2026-09-25-labour-shortage, /u);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});

describe('export', () => {
	it('exports one issue as JSON with the contract fields', async () => {
		const result = await runCli(['export', 'latest', '--format', 'json'], home.env);
		expect(result.code).toBe(0);
		const issue = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(Object.keys(issue)).toEqual(expect.arrayContaining(['id', 'title', 'date', 'source', 'story', 'teasers', 'notices', 'words', 'minutes']));
		expect(issue).toMatchObject({id: newest.id, title: newest.title, date: '2026-11-20'});
		expect((issue.teasers as Array<{id: string | null}>).map(teaser => teaser.id)).toContain('grain-exports');
	});

	it('exports all as a JSON array, newest first', async () => {
		const result = await runCli(['export', 'all', '--format', 'json'], home.env);
		const issues = JSON.parse(result.stdout) as Array<{id: string}>;
		expect(issues).toHaveLength(12);
		expect(issues[0]!.id).toBe(newest.id);
	});

	it('exports Markdown with front matter', async () => {
		const result = await runCli(['export', 'grain', '--format', 'markdown'], home.env);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^---\ntitle: "Урожай есть, покупателей нет\. Что случилось с экспортом пшеницы"\ndate: 2026-10-02\n/u);
	});

	it('writes one file per issue into --out, named after the id', async () => {
		const out = path.join(home.root, 'out', 'nested');
		const result = await runCli(['export', 'all', '--format', 'markdown', '--out', out], home.env);
		expect(result.code).toBe(0);
		expect(readdirSync(out).sort()).toEqual(readdirSync(sampleArchive).map(file => file.replace(/\.(txt|md)$/u, '.md')).sort());
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(12);
		expect(result.stderr).toBe(`bell-reader: wrote 12 files to ${out}\n`);
		expect(readFileSync(path.join(out, `${newest.id}.md`), 'utf8')).toContain(`# ${newest.title.replace('$', '$')}`);
	});

	it('ends quietly with exit 0 when piped into head', async () => {
		const result = await runPipeline('bell-reader export all | head -1', home.env);
		expect(result).toEqual({code: 0, stdout: `${newest.title}\n`, stderr: ''});
	});

	it('refuses a bad format, a bad width, a missing issue and unknown flags with exit 2 and the usage line', async () => {
		for (const args of [
			['export', 'latest', '--format', 'pdf'],
			['export', 'latest', '--width', 'wide'],
			['export', 'latest', '--width', '5'],
			['export'],
			['export', 'latest', '--bogus'],
			['list', '--unread'],
			['frobnicate'],
			['read', 'a', 'b'],
			['export', 'latest', '--hyphenate'],
		]) {
			const result = await runCli(args, home.env);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stdout).toBe('');
			const lines = result.stderr.trimEnd().split('\n');
			expect(lines[0], args.join(' ')).toMatch(/^bell-reader: /u);
			expect(lines[1]).toMatch(/^Usage: bell-reader/u);
			expect(result.stderr).not.toMatch(/\n\s+at /u);
		}
	});
});

describe('mark', () => {
	it('marks read and unread, kept in config.json under XDG_CONFIG_HOME', async () => {
		expect(await runCli(['mark', '2026-02'], home.env)).toMatchObject({code: 0, stdout: '2026-02-09-ai-chips: read\n'});
		const listed = await runCli(['list'], home.env);
		expect(listed.stdout).toContain('2026-02-09-ai-chips\t2026-02-09\tread\t');
		const config = JSON.parse(readFileSync(path.join(home.configDir, 'config.json'), 'utf8'));
		expect(config.issues['2026-02-09-ai-chips'].read).toBe(true);

		expect((await runCli(['mark', '2026-02', '--unread'], home.env)).stdout).toBe('2026-02-09-ai-chips: unread\n');
		expect((await runCli(['list'], home.env)).stdout).toContain('2026-02-09-ai-chips\t2026-02-09\tunread\t');
	});

	it('survives a corrupt config with one warning', async () => {
		mkdirSync(home.configDir, {recursive: true});
		writeFileSync(path.join(home.configDir, 'config.json'), 'not json');
		const result = await runCli(['mark', 'latest'], home.env);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^bell-reader: .*config\.json is not valid JSON; moved it to .*corrupt-.*\n$/u);
		expect(readdirSync(home.configDir).filter(name => name.includes('corrupt'))).toHaveLength(1);
	});
});

describe('choosing the archive', () => {
	function writeArchive(dir: string, files: Record<string, string>): void {
		mkdirSync(dir, {recursive: true});
		for (const [name, content] of Object.entries(files)) {
			writeFileSync(path.join(dir, name), content);
		}
	}

	const own = {'2027-01-01-own.txt': 'Своя рассылка\n\nСвой абзац.\n'};

	it('uses --archive, then BELL_READER_ARCHIVE, then the user archive, then the sample', async () => {
		const flagged = path.join(home.root, 'flagged');
		const fromEnv = path.join(home.root, 'env');
		writeArchive(flagged, {'2027-02-02-flag.txt': 'Из флага\n\nАбзац.\n'});
		writeArchive(fromEnv, {'2027-03-03-env.txt': 'Из переменной\n\nАбзац.\n'});
		writeArchive(home.userArchive, own);

		const first = async (args: string[], env = home.env) => (await runCli(args, env)).stdout.split('\t')[0];
		expect(await first(['list', '--archive', flagged], {...home.env, BELL_READER_ARCHIVE: fromEnv})).toBe('2027-02-02-flag');
		expect(await first(['list'], {...home.env, BELL_READER_ARCHIVE: fromEnv})).toBe('2027-03-03-env');
		expect(await first(['list'])).toBe('2027-01-01-own');
	});

	it('falls back to the sample archive when the user archive is empty', async () => {
		mkdirSync(home.userArchive, {recursive: true});
		expect((await runCli(['list'], home.env)).stdout.split('\t')[0]).toBe(newest.id);
	});

	it('warns once per bad file and goes on with exit 0', async () => {
		const dir = path.join(home.root, 'mixed');
		writeArchive(dir, {...own, '2027-01-02-empty.txt': '', '2027-01-03-junk.txt': '\u0000\u0001binary'});
		const result = await runCli(['list', '--archive', dir], home.env);
		expect(result.code).toBe(0);
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr.trimEnd().split('\n').sort()).toEqual([
			`bell-reader: skipped ${path.join(dir, '2027-01-02-empty.txt')}: the file is empty`,
			`bell-reader: skipped ${path.join(dir, '2027-01-03-junk.txt')}: binary data, not text`,
		]);
	});

	it('says on stderr, not stdout, that an empty archive has nothing to list or export', async () => {
		const dir = path.join(home.root, 'empty');
		mkdirSync(dir);
		const note = `bell-reader: the archive ${dir} holds no issues yet; add some with \`bell-reader import <path…>\`\n`;
		const [list, json, exportAll, exportJson, russian] = await Promise.all([
			runCli(['list', '--archive', dir], home.env),
			runCli(['list', '--json', '--archive', dir], home.env),
			runCli(['export', 'all', '--archive', dir], home.env),
			runCli(['export', 'all', '--format', 'json', '--archive', dir], home.env),
			runCli(['list', '--archive', dir], {...home.env, LANG: 'ru_RU.UTF-8'}),
		]);
		expect(list).toEqual({code: 0, stdout: '', stderr: note});
		expect(json).toEqual({code: 0, stdout: '[]\n', stderr: note});
		expect(exportAll).toEqual({code: 0, stdout: '', stderr: note});
		expect(exportJson).toEqual({code: 0, stdout: '[]\n', stderr: note});
		expect(russian.stderr).toBe(`bell-reader: в архиве ${dir} пока нет выпусков; добавьте их: \`bell-reader import <путь…>\`\n`);
	});

	it('exits 1 with one line when the archive cannot be read', async () => {
		const result = await runCli(['list', '--archive', path.join(home.root, 'missing')], home.env);
		expect(result).toEqual({code: 1, stdout: '', stderr: `bell-reader: cannot read the archive ${path.join(home.root, 'missing')}: no such file or folder\n`});
	});

	it('never lets archived text drive the terminal', async () => {
		const dir = path.join(home.root, 'hostile');
		writeArchive(dir, {'2027-01-01-hostile.txt': 'Заголовок\u001B[2J\n\nАбзац\u001B]52;c;cm0gLXJmIH4=\u0007 с подвохом\u009B31m.\n'});
		const result = await runCli(['read', 'latest', '--archive', dir], {...home.env, FORCE_COLOR: '0'});
		expect(result.stdout).toBe('Заголовок\n\nАбзац с подвохом.\n');
	});

	it('reads the copies of a sample issue in other encodings the same way', async () => {
		const dir = path.join(home.root, 'copies');
		mkdirSync(dir);
		copyFileSync(path.join(sampleArchive, '2026-04-22-sanctions-payments.txt'), path.join(dir, '2026-04-22-sanctions-payments.txt'));
		const copy = await runCli(['export', 'latest', '--format', 'json', '--archive', dir], home.env);
		const original = await runCli(['export', '2026-04-22', '--format', 'json'], home.env);
		const strip = (json: string) => {
			const {source: _source, teasers: _teasers, ...rest} = JSON.parse(json) as Record<string, unknown>;
			return rest;
		};

		expect(strip(copy.stdout)).toEqual(strip(original.stdout));
	});
});

describe('help, version and language', () => {
	it('--help lists every command and flag with examples', async () => {
		const result = await runCli(['--help'], home.env);
		expect(result.code).toBe(0);
		for (const word of ['latest', 'read <issue>', 'list', 'export', 'mark', '--archive', '--json', '--format', '--width', '--full', '--out', '--unread', 'Examples']) {
			expect(result.stdout).toContain(word);
		}
	});

	it('--version prints the package version', async () => {
		const result = await runCli(['--version'], home.env);
		expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
	});

	it('speaks Russian in a Russian locale', async () => {
		const env = {...home.env, LANG: 'ru_RU.UTF-8'};
		expect((await runCli(['read', 'нет-такого'], env)).stderr).toMatch(/^bell-reader: нет выпуска «нет-такого»/u);
		expect((await runCli(['--help'], env)).stdout).toMatch(/^bell-reader — читалка архивов рассылок/u);
		expect((await runCli(['export', 'latest', '--format', 'pdf'], env)).stderr).toContain('Использование: bell-reader');
	});
});
