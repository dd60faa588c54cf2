import {readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeTempHome, runCli} from '../helpers/run-cli.js';
import {fixturesDir} from '../import/fixtures-path.js';

type JsonIssue = {id: string; title: string; date: string | null; sourceFormat?: string; story: Array<{type: string; text?: string; items?: string[]}>};

describe('bell-reader import, then list and export', async () => {
	const home = makeTempHome();
	// Run from elsewhere, so inputs are named by their full paths.
	const imported = await runCli(['import', fixturesDir], home.env, {cwd: home.root});
	const list = await runCli(['list'], home.env);
	const exported = await runCli(['export', 'all', '--format', 'json'], home.env);

	it('writes into the user archive and prints each file written', () => {
		const files = readdirSync(home.archiveDir).sort();
		expect(files).toHaveLength(13);
		expect(imported.stdout.trim().split('\n').map(line => path.basename(line)).sort()).toEqual(files);
	});

	it('reports each failure on a line of its own and ends with the summary; exit 1 as some failed', () => {
		const lines = imported.stderr.trim().split('\n');
		expect(lines.at(-1)).toBe(`bell-reader: imported 13, duplicates 0, failed 8 — ${home.archiveDir}`);
		expect(lines).toContain(`bell-reader: failed ${path.join(fixturesDir, 'listing.html')}: not an issue: a listing of several articles`);
		expect(lines.some(line => line.includes('newsletters.mbox #3: not an issue: only 16 characters of text'))).toBe(true);
		expect(imported.stderr).not.toMatch(/\n\s+at /u);
		expect(imported.code).toBe(1);
	});

	it('list shows the imported titles and dates, newest first', () => {
		expect(list.code).toBe(0);
		const rows = list.stdout.trim().split('\n').map(row => row.split('\t'));
		expect(rows).toHaveLength(13);
		expect(rows[0]).toEqual(['2025-06-13-nalogi-dlya-aytishnikov-chto-menyaetsya-s-iyulya', '2025-06-13', 'unread', 'Налоги для айтишников. Что меняется с июля']);
		expect(rows.at(-1)).toEqual(['2025-01-13-zoloto-po-rekordu-pochemu-rossiyane-snova-pokupayut-slitki', '2025-01-13', 'unread', 'Золото по рекорду. Почему россияне снова покупают слитки']);
	});

	it('export --format json shows the stories and where they came from', () => {
		expect(exported.code).toBe(0);
		const issues = JSON.parse(exported.stdout) as JsonIssue[];
		const mail = issues.find(issue => issue.id.startsWith('2025-03-04'))!;
		expect(mail.sourceFormat).toBe('mail');
		expect(mail.story.map(block => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
		expect(mail.story[0]!.text).toMatch(/^Крупнейшие маркетплейсы с марта поднимают комиссии/u);
		const atom = issues.find(issue => issue.id.startsWith('2025-03-10'))!;
		expect(atom.story[1]).toEqual({type: 'list', ordered: false, items: ['поставки идут через Казахстан и ОАЭ;', 'сроки выросли до трех месяцев.']});
	});

	it('a second import finds only duplicates', async () => {
		const again = await runCli(['import', path.join(fixturesDir, 'feed-atom.xml'), path.join(fixturesDir, 'saved-page.html')], home.env, {cwd: fixturesDir});
		expect(again.code).toBe(0);
		expect(again.stdout).toBe('');
		// Inputs below the current folder are named relative to it.
		expect(again.stderr).toContain('bell-reader: duplicate feed-atom.xml #1: same address as 2025-03-10-chipy-na-ves-zolota-kak-rossiyskie-kompanii-pokupayut\n');
		expect(again.stderr.trim().split('\n').at(-1)).toMatch(/imported 0, duplicates 3, failed 0/u);
	});
});

describe('bell-reader import --json --dry-run', () => {
	it('prints the report for scripts and writes nothing', async () => {
		const home = makeTempHome();
		const result = await runCli(['import', '--json', '--dry-run', 'feed-rss.xml'], home.env, {cwd: fixturesDir});
		const report = JSON.parse(result.stdout) as {dryRun: boolean; summary: Record<string, number>; imported: Array<{id: string; sourceFormat: string; source: {file: string; item: number}}>; failed: Array<{reason: string; problem: {kind: string}}>};
		expect(report.dryRun).toBe(true);
		expect(report.summary).toEqual({imported: 2, duplicates: 0, failed: 1});
		expect(report.imported[0]).toMatchObject({id: '2025-02-20-komu-dostanetsya-baltika-chem-zakonchilas-istoriya-s', sourceFormat: 'rss', source: {item: 1}});
		expect(report.failed[0]).toMatchObject({problem: {kind: 'no-story'}, reason: 'not an issue: no story, only boilerplate'});
		expect(() => readdirSync(home.archiveDir)).toThrow();
	});
});

describe('bell-reader import, the edges', () => {
	it('needs a path (usage error, exit 2)', async () => {
		const result = await runCli(['import'], makeTempHome().env);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('import needs <path…>');
	});

	it('writes into --archive when given', async () => {
		const home = makeTempHome();
		const archive = path.join(home.root, 'elsewhere');
		const result = await runCli(['import', '--archive', archive, path.join(fixturesDir, 'feed-atom.xml')], home.env);
		expect(result.code).toBe(0);
		expect(readdirSync(archive)).toHaveLength(2);
	});

	it('speaks Russian in a Russian locale', async () => {
		const home = makeTempHome();
		const result = await runCli(['import', path.join(fixturesDir, 'broken-feed.xml'), path.join(fixturesDir, 'feed-atom.xml')], {...home.env, LANG: 'ru_RU.UTF-8'});
		expect(result.stderr).toContain('испорченный XML в строке 8');
		expect(result.stderr.trim().split('\n').at(-1)).toBe(`bell-reader: импортировано: 2, дубликатов: 0, ошибок: 1 — ${home.archiveDir}`);
	});

	it('says in one line when the archive cannot be written', async () => {
		const home = makeTempHome();
		writeFileSync(path.join(home.root, 'a-file'), 'not a folder');
		const archive = path.join(home.root, 'a-file', 'archive');
		const result = await runCli(['import', '--archive', archive, path.join(fixturesDir, 'feed-atom.xml')], home.env);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`bell-reader: cannot write ${archive}: not a folder\n`);
	});
});
