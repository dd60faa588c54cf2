import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {catalogCachePath, catalogCacheVersion, readCatalog, readCatalogHead, readCatalogIssue, readPrintedCatalog} from '../../source/library/catalog.js';
import type {ArchiveWatch} from '../../source/library/archive-watch.js';


type CacheParts = {header: Record<string, unknown>; stamps: string; body: {files: unknown[][]}; printed: string};

/** The cache file's four parts: the header line, the stamps line, the body line, the printed rows. */
function cacheParts(file: string): CacheParts {
	const [header, stamps, body, ...printed] = readFileSync(file, 'utf8').split('\n');
	return {header: JSON.parse(header!) as Record<string, unknown>, stamps: stamps!, body: JSON.parse(body!) as CacheParts['body'], printed: printed.join('\n')};
}

function writeCacheParts(file: string, {header, stamps, body, printed}: CacheParts): void {
	writeFileSync(file, `${JSON.stringify({...header, listBytes: Buffer.byteLength(printed)})}\n${stamps}\n${JSON.stringify(body)}\n${printed}`);
}

let root: string;
let archive: string;
let cache: string;

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-catalog-'));
	archive = path.join(root, 'archive');
	cache = path.join(root, 'cache');
	mkdirSync(archive);
	for (const [name, title] of [['2026-01-01-a.txt', 'Первый выпуск'], ['2026-02-01-b.txt', 'Второй выпуск'], ['2026-03-01-c.md', 'Третий выпуск']] as const) {
		write(name, name.endsWith('.md') ? `---\ntitle: ${title}\n---\nТекст третьего выпуска.\n` : `${title}\n\nТекст выпуска из пяти слов.\n\nСкопировать ссылку\n\nТретий выпуск\n\nО нем кратко.\n`);
	}
});

afterEach(() => {
	rmSync(root, {recursive: true, force: true});
});

function write(name: string, content: string): void {
	writeFileSync(path.join(archive, name), content, {flag: 'w'});
}

// Files written within one clock tick share an mtime; move it so a change is a change.
function touch(name: string, secondsAgo: number): void {
	const when = new Date(Date.now() - secondsAgo * 1000);
	utimesSync(path.join(archive, name), when, when);
}

const titles = async () => (await readCatalog(archive, cache)).entries.map(entry => entry.title);

describe('readCatalog', () => {
	it('lists id, title, date, format and words newest first, and writes its cache', async () => {
		const catalog = await readCatalog(archive, cache);
		expect(catalog.entries.map(({id, title, date, format, words}) => ({id, title, date, format, words}))).toEqual([
			{id: '2026-03-01-c', title: 'Третий выпуск', date: '2026-03-01', format: 'markdown', words: 3},
			{id: '2026-02-01-b', title: 'Второй выпуск', date: '2026-02-01', format: 'page-dump', words: 5},
			{id: '2026-01-01-a', title: 'Первый выпуск', date: '2026-01-01', format: 'page-dump', words: 5},
		]);
		expect(cacheParts(catalogCachePath(cache, archive)).body.files).toHaveLength(3);
	});

	it('answers from the cache without reading unchanged files', async () => {
		await readCatalog(archive, cache);
		const cacheFile = catalogCachePath(cache, archive);
		const cached = cacheParts(cacheFile);
		cached.body.files[0]![4] = 'Из кэша';
		writeCacheParts(cacheFile, cached);
		expect(await titles()).toContain('Из кэша');
	});

	it('notices an edit, even one that keeps the size', async () => {
		await readCatalog(archive, cache);
		write('2026-01-01-a.txt', 'Первый выпуск, исправленный\n\nТекст.\n');
		expect(await titles()).toContain('Первый выпуск, исправленный');
		write('2026-01-01-a.txt', 'Первый выпуск, исправленный\n\nТекст.\n');
		touch('2026-01-01-a.txt', 5);
		expect(await titles()).toContain('Первый выпуск, исправленный');
	});

	it('notices a rename and a delete', async () => {
		await readCatalog(archive, cache);
		renameSync(path.join(archive, '2026-01-01-a.txt'), path.join(archive, '2026-04-01-a.txt'));
		rmSync(path.join(archive, '2026-02-01-b.txt'));
		const catalog = await readCatalog(archive, cache);
		expect(catalog.entries.map(entry => [entry.id, entry.date])).toEqual([['2026-04-01-a', '2026-04-01'], ['2026-03-01-c', '2026-03-01']]);
		expect(cacheParts(catalogCachePath(cache, archive)).body.files).toHaveLength(2);
	});

	it('remembers bad files too, and still warns about them each time', async () => {
		write('2026-05-01-empty.txt', '');
		for (let run = 0; run < 2; run++) {
			const catalog = await readCatalog(archive, cache);
			expect(catalog.warnings).toEqual([{file: path.join(archive, '2026-05-01-empty.txt'), problem: {kind: 'empty'}}]);
		}
	});

	it('gives a shared id to the first file that is an issue; a later one is a duplicate, whatever it holds', async () => {
		mkdirSync(path.join(archive, 'sub'));
		write('2026-05-01-twin.txt', '');
		write('sub/2026-05-01-twin.md', '---\ntitle: Близнец\n---\nТекст.\n');
		let catalog = await readCatalog(archive, cache);
		expect(catalog.entries.find(entry => entry.id === '2026-05-01-twin')?.file).toBe(path.join(archive, 'sub', '2026-05-01-twin.md'));
		expect(catalog.warnings).toEqual([{file: path.join(archive, '2026-05-01-twin.txt'), problem: {kind: 'empty'}}]);

		write('2026-05-01-twin.txt', 'Первый близнец\n\nТекст.\n');
		write('sub/2026-05-01-twin.md', '');
		catalog = await readCatalog(archive, cache);
		expect(catalog.entries.find(entry => entry.id === '2026-05-01-twin')?.file).toBe(path.join(archive, '2026-05-01-twin.txt'));
		expect(catalog.warnings).toEqual([{
			file: path.join(archive, 'sub', '2026-05-01-twin.md'),
			problem: {kind: 'duplicate-id', id: '2026-05-01-twin', other: path.join(archive, '2026-05-01-twin.txt')},
		}]);
	});

	it.each([
		['not JSON', '{"version": 1, "files": [['],
		['another version', JSON.stringify({version: 0, dir: '', files: []})],
		['rows of the wrong shape', 'DIR'],
	])('rebuilds a cache that is %s', async (_what, content) => {
		await readCatalog(archive, cache);
		const cacheFile = catalogCachePath(cache, archive);
		writeFileSync(cacheFile, content === 'DIR' ? `${JSON.stringify({version: catalogCacheVersion, dir: archive})}\n{}\n${JSON.stringify({files: [['2026-01-01-a.txt', 'x'], 42]})}\n` : content);
		expect(await titles()).toEqual(['Третий выпуск', 'Второй выпуск', 'Первый выпуск']);
		expect(cacheParts(cacheFile).body.files).toHaveLength(3);
	});

	it('keeps one cache per archive folder and works without a cache folder', async () => {
		expect(catalogCachePath(cache, archive)).not.toBe(catalogCachePath(cache, root));
		expect((await readCatalog(archive)).entries).toHaveLength(3);
	});

	it('still works when the cache cannot be written', async () => {
		writeFileSync(path.join(root, 'blocked'), 'a file where the cache folder would be');
		expect((await readCatalog(archive, path.join(root, 'blocked'))).entries).toHaveLength(3);
	});
});

describe('readCatalogIssue', () => {
	it('reads the whole issue with its teasers linked by title', async () => {
		const catalog = await readCatalog(archive, cache);
		const entry = catalog.entries.find(candidate => candidate.id === '2026-02-01-b')!;
		const issue = readCatalogIssue(entry, catalog.entries, {});
		expect(issue).toMatchObject({id: '2026-02-01-b', teasers: [{title: 'Третий выпуск', id: '2026-03-01-c'}]});
	});

	it('reports a file that went bad after it was catalogued', async () => {
		const catalog = await readCatalog(archive, cache);
		rmSync(path.join(archive, '2026-01-01-a.txt'));
		expect(readCatalogIssue(catalog.entries.at(-1)!, [], {})).toMatchObject({problem: {kind: 'unreadable', detail: 'ENOENT'}});
	});
});

/** A watcher that gives whatever generation the test sets. */
function fakeWatch(): ArchiveWatch & {current: string | undefined} {
	const watch = {
		current: undefined as string | undefined,
		generation: async () => watch.current,
	};
	return watch;
}

describe('readCatalog with an archive watcher', () => {
	const retitle = () => {
		write('2026-01-01-a.txt', 'Переименованный выпуск\n\nТекст выпуска из пяти слов.\n');
		touch('2026-01-01-a.txt', 60);
	};

	it('takes the cache as it is while the generation it was checked at holds, and checks every file once it moves', async () => {
		const watch = fakeWatch();
		watch.current = 'w.0';
		expect((await readCatalog(archive, cache, {watch})).generation).toBe('w.0');
		expect(cacheParts(catalogCachePath(cache, archive)).header.generation).toBe('w.0');

		// The edit is not looked for: the watcher would have moved the generation (see generation-server).
		retitle();
		expect((await readCatalog(archive, cache, {watch})).entries.map(entry => entry.title)).toContain('Первый выпуск');

		watch.current = 'w.1';
		expect((await readCatalog(archive, cache, {watch})).entries.map(entry => entry.title)).toContain('Переименованный выпуск');
	});

	it('checks every file when no watcher answers, and does not label the cache', async () => {
		const watch = fakeWatch();
		await readCatalog(archive, cache, {watch});
		retitle();
		expect((await readCatalog(archive, cache, {watch})).entries.map(entry => entry.title)).toContain('Переименованный выпуск');
		expect(cacheParts(catalogCachePath(cache, archive)).header.generation).toBeUndefined();
	});

	it('keeps the label through a check without the watcher that finds nothing changed, and drops it when one finds a change', async () => {
		const watch = fakeWatch();
		watch.current = 'w.0';
		await readCatalog(archive, cache, {watch});
		await readCatalog(archive, cache);
		expect(cacheParts(catalogCachePath(cache, archive)).header.generation).toBe('w.0');

		retitle();
		await readCatalog(archive, cache);
		expect(cacheParts(catalogCachePath(cache, archive)).header.generation).toBeUndefined();
	});

	it('never takes the cache on trust when an issue file is a link, whose target no watcher sees', async () => {
		const outside = path.join(root, 'outside.txt');
		writeFileSync(outside, 'Выпуск по ссылке\n\nТекст.\n');
		symlinkSync(outside, path.join(archive, '2026-04-01-link.txt'));
		const watch = fakeWatch();
		watch.current = 'w.0';
		expect((await readCatalog(archive, cache, {watch})).links).toBe(true);
		writeFileSync(outside, 'Новый выпуск по ссылке\n\nТекст подлиннее.\n');
		expect((await readCatalog(archive, cache, {watch})).entries.map(entry => entry.title)).toContain('Новый выпуск по ссылке');
	});
});

describe('the printed rows kept with the catalog', () => {
	const rows = 'ids\n2026-03-01-c\t2026-03-01\tunread\tТретий выпуск\n2026-02-01-b\t2026-02-01\tunread\tВторой выпуск\n2026-01-01-a\t2026-01-01\tunread\tПервый выпуск\n'.slice(4);

	it('are the list of an unchanged catalog, and go when a file changes', async () => {
		await readCatalog(archive, cache);
		expect(Buffer.from((await readCatalog(archive, cache)).printed!).toString()).toBe(rows);
		write('2026-01-01-a.txt', 'Другой выпуск\n\nТекст.\n');
		touch('2026-01-01-a.txt', 60);
		expect((await readCatalog(archive, cache)).printed).toBeUndefined();
	});

	it('are read without the rows on a watcher\'s word, and never from a damaged file', async () => {
		const watch = {generation: async (): Promise<string | undefined> => 'w.0'};
		expect(await readPrintedCatalog(archive, cache, watch)).toBeUndefined();
		await readCatalog(archive, cache, {watch});
		// Taken on the watcher's word: the edit is not looked for (a real watcher would have moved on).
		write('2026-01-01-a.txt', 'Другой выпуск\n\nТекст.\n');
		touch('2026-01-01-a.txt', 60);
		const printed = await readPrintedCatalog(archive, cache, watch);
		expect(Buffer.from(printed!.rows).toString()).toBe(rows);
		expect(printed!.warnings).toEqual([]);
		expect(await readPrintedCatalog(archive, cache, {generation: async () => 'w.1'})).toBeUndefined();
		expect(await readPrintedCatalog(archive, cache, {generation: async () => undefined})).toBeUndefined();

		const file = catalogCachePath(cache, archive);
		writeFileSync(file, readFileSync(file, 'utf8').slice(0, -5));
		expect(await readPrintedCatalog(archive, cache, watch)).toBeUndefined();
	});
});

describe('readPrintedCatalog without a watcher', () => {
	const noWatch = {generation: async (): Promise<string | undefined> => undefined};
	const settled = async () => {
		await readCatalog(archive, cache);
		// Folders changed within two seconds of a listing do not vouch for it: age them.
		const past = (Date.now() - 10_000) / 1000;
		utimesSync(archive, past, past);
		rmSync(catalogCachePath(cache, archive));
		await readCatalog(archive, cache);
	};

	it('checks every file\'s stamp, and gives the rows while none changed', async () => {
		await settled();
		expect((await readPrintedCatalog(archive, cache, noWatch))?.rows.length).toBeGreaterThan(0);
		write('2026-02-01-b.txt', 'Второй выпуск\n\nТекст выпуска из пяти слов!\n');
		touch('2026-02-01-b.txt', 90);
		expect(await readPrintedCatalog(archive, cache, noWatch)).toBeUndefined();
	});

	it('sees a file added or removed through its folder\'s time', async () => {
		await settled();
		write('2026-04-01-d.txt', 'Четвёртый\n\nТекст.\n');
		expect(await readPrintedCatalog(archive, cache, noWatch)).toBeUndefined();
		await settled();
		rmSync(path.join(archive, '2026-04-01-d.txt'));
		expect(await readPrintedCatalog(archive, cache, noWatch)).toBeUndefined();
	});

	it('labels the cache with a watcher\'s generation once it checked every stamp', async () => {
		await settled();
		const watch = {generation: async (): Promise<string | undefined> => 'w.7'};
		expect(await readPrintedCatalog(archive, cache, watch)).toBeDefined();
		expect(cacheParts(catalogCachePath(cache, archive)).header.generation).toBe('w.7');
		// Now taken on the watcher's word: an edit is not looked for.
		write('2026-02-01-b.txt', 'Второй выпуск\n\nТекст выпуска из пяти слов!\n');
		touch('2026-02-01-b.txt', 90);
		expect(await readPrintedCatalog(archive, cache, watch)).toBeDefined();
		expect(await readPrintedCatalog(archive, cache, noWatch)).toBeUndefined();
	});

	it('does not trust a folder changed within two seconds of its listing', async () => {
		await readCatalog(archive, cache);
		expect(await readPrintedCatalog(archive, cache, noWatch)).toBeUndefined();
	});
});

describe('readCatalog progress', () => {
	it('counts the files it parses, and parses none when nothing changed', async () => {
		const calls: Array<[number, number]> = [];
		await readCatalog(archive, cache, {onProgress: (done, total) => calls.push([done, total])});
		expect(calls).toEqual([[1, 3], [2, 3], [3, 3]]);
		calls.length = 0;
		await readCatalog(archive, cache, {onProgress: (done, total) => calls.push([done, total])});
		expect(calls).toEqual([]);
	});
});

describe('readCatalogHead', () => {
	it('keeps the newest issues and the count, for the first frame', async () => {
		expect(readCatalogHead(archive, cache)).toBeUndefined();
		await readCatalog(archive, cache);
		const head = readCatalogHead(archive, cache)!;
		expect(head.total).toBe(3);
		expect(head.entries.map(entry => entry.id)).toEqual(['2026-03-01-c', '2026-02-01-b', '2026-01-01-a']);
	});

	it('follows the catalog when a file changes, and ignores a head it cannot trust', async () => {
		await readCatalog(archive, cache);
		rmSync(path.join(archive, '2026-02-01-b.txt'));
		await readCatalog(archive, cache);
		expect(readCatalogHead(archive, cache)!.total).toBe(2);
		writeFileSync(catalogCachePath(cache, archive).replace(/\.json$/u, '.head.json'), '{"version": 1, "dir": "elsewhere"');
		expect(readCatalogHead(archive, cache)).toBeUndefined();
	});
});
