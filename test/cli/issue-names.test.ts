import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {PseudoTerminal} from '../helpers/pseudo-terminal.js';
import {runCli, sampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	home.remove();
});

const gold = {id: '2026-11-20-gold', title: 'Золото по $4500. Почему ЦБ и россияне скупают слитки'};

describe('naming an issue', () => {
	it('takes any word of an id, or the start of one, in any case', async () => {
		const [word, upper, start] = await Promise.all([
			runCli(['read', 'gold'], home.env),
			runCli(['export', 'GOLD', '--format', 'json'], home.env),
			runCli(['mark', 'Nationalis'], home.env),
		]);
		expect(word).toMatchObject({code: 0, stderr: ''});
		expect(word.stdout.split('\n')[0]).toBe(gold.title);
		expect(JSON.parse(upper.stdout)).toMatchObject({id: gold.id});
		expect(start).toEqual({code: 0, stdout: '2026-03-13-bank-nationalisation: read\n', stderr: ''});
	});

	it('lists the issues an ambiguous word fits', async () => {
		const result = await runCli(['read', '2026-0'], home.env);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^bell-reader: "2026-0" matches 9 issues: 2026-09-25-labour-shortage, .* and 4 more; type more of the id\n$/u);
	});

	it('reads a file by its path without importing it, wherever it is', async () => {
		const elsewhere = path.join(home.root, 'downloads');
		mkdirSync(elsewhere);
		copyFileSync(path.join(sampleArchive, `${gold.id}.txt`), path.join(elsewhere, 'saved.txt'));
		const empty = path.join(home.root, 'empty-archive');
		mkdirSync(empty);
		const env = {...home.env, BELL_READER_ARCHIVE: empty};
		const [relative, bare, markdown, list] = await Promise.all([
			runCli(['read', './saved.txt'], env, {cwd: elsewhere}),
			runCli(['read', 'saved.txt'], env, {cwd: elsewhere}),
			runCli(['export', path.join(elsewhere, 'saved.txt'), '--format', 'md'], env),
			runCli(['list'], env),
		]);
		expect(relative).toMatchObject({code: 0, stderr: ''});
		expect(relative.stdout.split('\n')[0]).toBe(gold.title);
		expect(bare.stdout).toBe(relative.stdout);
		expect(markdown).toMatchObject({code: 0, stderr: ''});
		expect(markdown.stdout).toContain(`\n# ${gold.title}\n`);
		// Read, not imported.
		expect(list.stdout).toBe('');
	});

	it('prints a file named on a terminal, wrapped to it, rather than open the archive\'s reader', async () => {
		const terminal = new PseudoTerminal(['read', path.join(sampleArchive, `${gold.id}.txt`)], home.env, {cols: 50, rows: 12});
		expect((await terminal.exit).exitCode).toBe(0);
		const screen = await terminal.waitFor(rows => rows.filter(row => row !== '').length > 5, 'the story');
		expect(terminal.output).toContain(`${gold.title.slice(0, 20)}`);
		expect(terminal.output).toContain('\r\nПочему дорожает золото?\r\n');
		expect(terminal.onNormalScreen()).toBe(true);
		expect(screen.every(row => row.length <= 48)).toBe(true);
	});

	it('says in words why a named file cannot be read', async () => {
		writeFileSync(path.join(home.root, 'page.html'), '<p>x</p>');
		writeFileSync(path.join(home.root, 'empty.md'), '');
		const cases = await Promise.all([
			runCli(['read', './missing.txt'], home.env, {cwd: home.root}),
			runCli(['read', './page.html'], home.env, {cwd: home.root}),
			runCli(['export', './empty.md'], home.env, {cwd: home.root}),
			runCli(['read', home.root], home.env),
			runCli(['read', './missing.txt'], {...home.env, LANG: 'ru_RU.UTF-8'}, {cwd: home.root}),
		]);
		expect(cases.map(result => result.stderr)).toEqual([
			'bell-reader: cannot read ./missing.txt: no such file or folder\n',
			'bell-reader: cannot read ./page.html: an issue is a .txt, .md or .markdown file; `bell-reader import ./page.html` reads other formats\n',
			'bell-reader: cannot read ./empty.md: the file is empty\n',
			`bell-reader: cannot read ${home.root}: a folder, not a file\n`,
			'bell-reader: не удалось прочитать ./missing.txt: нет такого файла или папки\n',
		]);
		expect(cases.map(result => result.code)).toEqual([1, 1, 1, 1, 1]);
	});
});
