import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
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

	it('prints nothing when there are none', async () => {
		writeFileSync(path.join(home.configDir, 'config.json'), '{}');
		expect(await runCli(['bookmarks', '--json'], home.env)).toMatchObject({code: 0, stdout: '[]\n'});
	});
});
