import {readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {copySampleArchive, runCliSync, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;
let archive: string;

function search(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
	return runCliSync(['search', ...args, '--archive', archive], {...home.env, ...env});
}

beforeEach(() => {
	home = temporaryHome();
	archive = copySampleArchive(home.root);
});

afterEach(() => {
	home.remove();
});

describe('bell-reader search', () => {
	it('prints date, id and title, then an indented plain snippet when stdout is not a terminal', () => {
		const result = search(['чипами']);
		expect(result).toMatchObject({code: 0, stderr: ''});
		const [header, snippet, ...rest] = result.stdout.split('\n');
		expect(header).toBe('2026-02-09  2026-02-09-ai-chips  Чипы без Nvidia. Кто и на чем собирает российские ИИ-серверы');
		expect(snippet).toMatch(/^ {4}\S/u);
		expect(snippet).toMatch(/чип/iu);
		expect(result.stdout).not.toContain('\u001B[');
		expect(rest).toEqual(['']);
	});

	it('highlights the matches when colour is forced', () => {
		const result = search(['nvidia'], {FORCE_COLOR: '1'});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('\u001B[1m\u001B[33mNvidia\u001B[39m\u001B[22m');
	});

	it('takes an unquoted query as several words, all required', () => {
		expect(search(['Nvidia', 'H200']).stdout).toContain('2026-02-09-ai-chips');
		expect(search(['nvidia', 'золото'])).toEqual({code: 1, stdout: '', stderr: 'bell-reader: no issues match "nvidia золото"\n'});
	});

	it('gives scripts JSON with scores, snippets and match anchors, best first, up to --limit', () => {
		const result = search(['банк', '--json', '--limit', '3']);
		expect(result.code).toBe(0);
		const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		expect(rows).toHaveLength(3);
		for (const row of rows) {
			expect(Object.keys(row)).toEqual(['id', 'date', 'title', 'score', 'snippet', 'matches']);
			expect(row.matches).toEqual(expect.arrayContaining([expect.objectContaining({block: expect.any(Number), offset: expect.any(Number), length: expect.any(Number)})]));
		}

		const scores = rows.map(row => row.score as number);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		// No match: exit code 1 and nothing on stdout, as grep does, JSON or not.
		expect(search(['квазар', '--json'])).toEqual({code: 1, stdout: '', stderr: 'bell-reader: no issues match "квазар"\n'});
	});

	it.each([
		[[''], 'the search query is empty'],
		[['   '], 'the search query is empty'],
		[['"*!?"'], 'nothing to search for in ""*!?"": a query needs letters or digits'],
		[['чип', '--limit', '0'], '--limit must be a whole number from 1 to 1000, not "0"'],
		[['чип', '--limit', 'x'], '--limit must be a whole number from 1 to 1000, not "x"'],
		[['чип', '--width', '80'], '--width does not apply to search'],
	])('rejects %j as a usage error, in one line', (args, message) => {
		const result = search(args);
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(`bell-reader: ${message}`);
		expect(result.stdout).toBe('');
	});

	it('takes a query that looks like a flag after --', () => {
		const result = runCliSync(['search', '--archive', archive, '--', '---'], home.env);
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('bell-reader: nothing to search for in "---": a query needs letters or digits');
		expect(runCliSync(['search', '--archive', archive, '--json', '--', 'чип', '-nvidia'], home.env)).toMatchObject({code: 1, stdout: ''});
		expect(runCliSync(['search', '--archive', archive, '--json', '--', '-nvidia'], home.env).stderr).toContain('the query only excludes words');
	});

	it('needs a query', () => {
		const result = runCliSync(['search'], home.env);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('bell-reader: search needs <query>');
	});

	it('takes operators, and reports bad syntax in one line with its place, exit 2', () => {
		for (const query of ['title:чип', 'чип*', '(чип OR золото) -слиток', '«без Nvidia»']) {
			const result = search([query, '--json']);
			if (result.code === 1) {
				expect(result, query).toEqual({code: 1, stdout: '', stderr: expect.stringMatching(/^bell-reader: no issues match .*\n$/u) as unknown});
			} else {
				expect(result.code, query).toBe(0);
				expect(result.stderr, query).toBe('');
				expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
			}
		}

		// What an engine would read as its own syntax is only text: no match, no failure.
		expect(search(['NEAR(чип nvidia, 2)'])).toMatchObject({code: 1, stdout: ''});
		expect(search(['\'; DROP TABLE files;-- {body}: чип'])).toMatchObject({code: 1, stdout: ''});

		for (const [query, message] of [
			['чип OR', 'bad search query at character 5: OR needs a word to apply to'],
			['"чип', 'bad search query at character 1: this quote is never closed'],
			['NEAR(чип', 'bad search query at character 5: this "(" is never closed'],
			['чип*)*', 'bad search query at character 5: a ")" without its "("'],
		] as const) {
			const result = search([query]);
			expect(result.code, query).toBe(2);
			expect(result.stdout, query).toBe('');
			expect(result.stderr.split('\n')[0], query).toBe(`bell-reader: ${message}`);
		}

		expect(search(['чип OR'], {LANG: 'ru_RU.UTF-8'}).stderr.split('\n')[0]).toBe('bell-reader: ошибка в запросе, символ 5: после OR нужно слово');
	});

	it('filters by date and orders by date', () => {
		const ids = (args: string[]) => (JSON.parse(search([...args, '--json', '--limit', '20']).stdout) as Array<{id: string}>).map(row => row.id);
		const dated = ids(['банк', '--since', '2026-03-01', '--until', '2026-06-30', '--sort', 'date']);
		expect(dated.length).toBeGreaterThan(1);
		expect(dated).toEqual([...dated].sort().reverse());
		expect(search(['банк', '--since', '2026-02-30']).stderr.split('\n')[0]).toBe('bell-reader: --since must be a date written YYYY-MM-DD, not "2026-02-30"');
		expect(search(['банк', '--sort', 'title']).code).toBe(2);
	});

	it('speaks Russian under a Russian locale', () => {
		expect(search(['квазар'], {LANG: 'ru_RU.UTF-8'}).stderr).toBe('bell-reader: по запросу «квазар» ничего не найдено\n');
		expect(search([''], {LANG: 'ru_RU.UTF-8'}).stderr.split('\n')[0]).toBe('bell-reader: пустой поисковый запрос');
	});

	it('sees an added issue on the next search', () => {
		expect(search(['deepseek']).stdout).toBe('');
		writeFileSync(path.join(archive, '2026-12-01-deepseek.md'), '---\ntitle: Китайский ответ\ndate: 2026-12-01\n---\n\nМодель DeepSeek обучили на ускорителях Huawei.\n');
		expect(search(['DeepSeek']).stdout).toContain('2026-12-01  2026-12-01-deepseek  Китайский ответ');
	});

	it('says in one line that the index was rebuilt when it was damaged', () => {
		search(['чип']);
		const cacheFolder = path.join(home.env.XDG_CACHE_HOME!, 'bell-reader', 'search');
		const result = runCliSync(['search', 'чип', '--archive', archive], home.env);
		expect(result.stderr).toBe('');
		// Damage every index file in the cache.
		for (const name of readdirSync(cacheFolder)) {
			writeFileSync(path.join(cacheFolder, name), 'garbage'.repeat(1000));
		}

		const rebuilt = search(['чип']);
		expect(rebuilt.code).toBe(0);
		expect(rebuilt.stderr).toBe('bell-reader: the search index was damaged; rebuilt it\n');
		expect(rebuilt.stdout).toContain('2026-02-09-ai-chips');
	});

	it('works with the built-in engine, saying so in one line', () => {
		const result = search(['чипами'], {BELL_READER_SEARCH_ENGINE: 'builtin'});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('bell-reader: searching with the built-in engine (BELL_READER_SEARCH_ENGINE=builtin)\n');
		expect(result.stdout).toContain('2026-02-09-ai-chips');
	});

	it('reports an archive it cannot read as a runtime error', () => {
		const result = runCliSync(['search', 'чип', '--archive', path.join(home.root, 'missing')], home.env);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^bell-reader: cannot read the archive .*missing: no such file or folder\n$/u);
	});

	it('reports a cache it cannot write as a runtime error, in one line', () => {
		const blocked = path.join(home.root, 'blocked');
		writeFileSync(blocked, 'a file where the cache folder should be');
		const result = search(['чип'], {XDG_CACHE_HOME: blocked});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^bell-reader: cannot keep the search index in .*blocked\/bell-reader: (not a folder|ENOTDIR|EEXIST)\S*\n$/u);
	});
});
