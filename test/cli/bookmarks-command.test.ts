import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {PseudoTerminal} from '../helpers/pseudo-terminal.js';
import {runCli, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
	mkdirSync(home.configDir, {recursive: true});
	writeFileSync(path.join(home.configDir, 'config.json'), JSON.stringify({
		schemaVersion: 1,
		issues: {},
		bookmarks: [
			{id: 'a', issue: '2026-11-20-gold', anchor: {block: 4, offset: 12}, excerpt: 'центральные банки Польши', created: '2026-11-01T10:00:00.000Z'},
			{id: 'b', issue: 'gone-issue', anchor: {block: 0, offset: 0}, excerpt: 'из удалённого\tвыпуска', note: 'проверить', created: '2026-11-02T09:30:00.000Z'},
		],
		settings: {},
	}));
});

afterEach(() => {
	home.remove();
});

describe('bookmarks', () => {
	it('prints bookmarks newest first: issue, place, created, title, excerpt', async () => {
		const result = await runCli(['bookmarks'], home.env);
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toBe([
			'gone-issue\t0:0\t2026-11-02 09:30\t-\tиз удалённого выпуска (проверить)',
			'2026-11-20-gold\t4:12\t2026-11-01 10:00\tЗолото по $4500. Почему ЦБ и россияне скупают слитки\tцентральные банки Польши',
			'',
		].join('\n'));
	});

	it('prints JSON with title, anchor, excerpt, note and creation time', async () => {
		const result = await runCli(['bookmarks', '--json'], home.env);
		expect(JSON.parse(result.stdout)).toEqual([
			{issue: 'gone-issue', title: null, anchor: {block: 0, offset: 0}, excerpt: 'из удалённого\tвыпуска', note: 'проверить', created: '2026-11-02T09:30:00.000Z'},
			{issue: '2026-11-20-gold', title: 'Золото по $4500. Почему ЦБ и россияне скупают слитки', anchor: {block: 4, offset: 12}, excerpt: 'центральные банки Польши', note: null, created: '2026-11-01T10:00:00.000Z'},
		]);
	});

	it('prints nothing on stdout when there are none, and says so on stderr with the next step', async () => {
		writeFileSync(path.join(home.configDir, 'config.json'), '{}');
		const note = 'bell-reader: no bookmarks yet; in the reader (`bell-reader latest`), m sets one where you are\n';
		expect(await runCli(['bookmarks', '--json'], home.env)).toEqual({code: 0, stdout: '[]\n', stderr: note});
		expect(await runCli(['bookmarks'], home.env)).toEqual({code: 0, stdout: '', stderr: note});
		expect((await runCli(['bookmarks'], {...home.env, LANG: 'ru_RU.UTF-8'})).stderr).toBe('bell-reader: закладок пока нет; в читалке (`bell-reader latest`) клавиша m ставит закладку там, где вы читаете\n');
	});

	it('lists them for reading on a terminal: title, place in per cent, excerpt, note', async () => {
		const terminal = new PseudoTerminal(['bookmarks'], home.env, {cols: 50, rows: 20});
		expect((await terminal.exit).exitCode).toBe(0);
		const screen = await terminal.waitFor(rows => rows.some(row => row.includes('2026-11-20-gold ·')), 'the list');
		expect(screen.slice(0, 8)).toEqual([
			'gone-issue (no longer in the archive)',
			'        «из удалённого выпуска»',
			'        ✎ проверить',
			'        gone-issue · 2026-11-02 09:30',
			'',
			'Золото по $4500. Почему ЦБ и россияне скупают сли…',
			'   27%  «центральные банки Польши»',
			'        2026-11-20-gold · 2026-11-01 10:00',
		]);
	});
});
