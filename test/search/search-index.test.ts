import {mkdirSync, readdirSync, rmSync, truncateSync, unlinkSync, writeFileSync, readFileSync, openSync, writeSync, closeSync, statSync} from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {openSearchIndex, type SearchIndex, type SearchNote, type SearchResult} from '../../source/search/search-index.js';
import {copySampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

const engines = [
	{option: 'auto', engine: 'sqlite', suffix: '.sqlite'},
	{option: 'builtin', engine: 'builtin', suffix: '.builtin.json'},
] as const;

const hostileQueries = [
	'"', '""', '"""', '«', '*', '**', 'a*b*', '*чип', 'чип**', '(', ')', '()', '(чип', 'чип)', ':', 'title:чип', 'body:', '{title}: x',
	'AND', 'OR', 'NOT', 'чип AND', 'OR чип', 'NOT NOT', 'NEAR', 'NEAR(чип nvidia, 2)', 'чип + nvidia', '+', '-чип', '^чип', '~', '\\',
	'\'', 'чип\'; DROP TABLE files; --', '%', '_', '\u0000', '\uE000', 'чип\u0000nvidia', '$1,1', '60–80%', '— …', 'ИИ-серверы', '[чип]',
];

describe.each(engines)('search index ($engine)', ({option, engine, suffix}) => {
	let home: TemporaryHome;
	let archive: string;
	let cacheDir: string;
	let notes: SearchNote[];
	/** The notes besides the one saying the built-in engine is in use. */
	const indexNotes = () => notes.filter(note => note.kind !== 'fallback');
	let index: SearchIndex | undefined;

	async function open(watch = false): Promise<SearchIndex> {
		index?.close();
		index = await openSearchIndex({cacheDir, archiveDir: archive, engine: option, onNote: note => notes.push(note), watch});
		return index;
	}

	function ids(results: SearchResult[]): string[] {
		return results.map(result => result.id);
	}

	function indexFile(): string {
		const folder = path.join(cacheDir, 'search');
		const file = readdirSync(folder).find(name => name.endsWith(suffix));
		if (file === undefined) {
			throw new Error(`no ${suffix} index in ${folder}`);
		}

		return path.join(folder, file);
	}

	beforeEach(() => {
		home = temporaryHome();
		archive = copySampleArchive(home.root);
		cacheDir = home.env.XDG_CACHE_HOME!;
		notes = [];
	});

	afterEach(() => {
		index?.close();
		index = undefined;
		home.remove();
	});

	it('runs on the expected engine and builds the index on first use', async () => {
		const search = await open();
		expect(search.engine).toBe(engine);
		expect(await search.refresh()).toEqual({indexed: 12, removed: 0, skipped: []});
		expect(await search.refresh()).toEqual({indexed: 0, removed: 0, skipped: []});
		expect(statSync(indexFile()).size).toBeGreaterThan(0);
	});

	it('matches word forms: чип finds чипы, чипов, чипа; teasers of other issues do not count', async () => {
		const search = await open();
		for (const query of ['чип', 'чипами', 'ЧИПОВ']) {
			expect(ids(await search.search(query, 10)), query).toEqual(['2026-02-09-ai-chips']);
		}

		const [chips] = await search.search('чип', 10);
		const words = chips!.matches.map(match => blockText(chips!.issue.story[match.block]!).slice(match.offset, match.offset + match.length).toLowerCase());
		expect(new Set(words)).toEqual(new Set(['чипы', 'чипа', 'чип']));
		expect(chips!.titleMatches).toEqual([{offset: 0, length: 4}]);
	});

	it('ranks the issue about a subject above passing mentions', async () => {
		const search = await open();
		expect(ids(await search.search('золото', 10))[0]).toBe('2026-11-20-gold');
		expect(ids(await search.search('банк', 10)).slice(0, 2).sort()).toEqual(['2026-03-13-bank-nationalisation', '2026-05-28-marketplaces']);
		expect(ids(await search.search('nvidia', 10))[0]).toBe('2026-02-09-ai-chips');
		const scores = (await search.search('банк', 10)).map(result => result.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('needs every word, matches Latin words and phrases in order', async () => {
		const search = await open();
		expect(ids(await search.search('Nvidia H200', 10))).toEqual(['2026-02-09-ai-chips']);
		expect(ids(await search.search('nvidia золото', 10))).toEqual([]);
		expect(ids(await search.search('"параллельный импорт"', 10))).toEqual(['2026-02-09-ai-chips']);
		expect(ids(await search.search('"импорт параллельный"', 10))).toEqual([]);
		expect(ids(await search.search('маркетплейс*', 10))).toContain('2026-05-28-marketplaces');
	});

	it('limits the number of results and gives each a snippet with its matches', async () => {
		const search = await open();
		const results = await search.search('банк', 3);
		expect(results).toHaveLength(3);
		for (const result of results) {
			expect(result.snippet.text).not.toBe('');
			expect(result.snippet.highlights.length).toBeGreaterThan(0);
			expect(result.matches.length).toBeGreaterThan(0);
		}
	});

	it('answers every query made of punctuation, quotes and operators without failing', async () => {
		const search = await open();
		for (const query of hostileQueries) {
			await expect(search.search(query, 5), JSON.stringify(query)).resolves.toBeInstanceOf(Array);
		}

		// Bad syntax finds nothing here; the command line reports it.
		expect(ids(await search.search('чип)', 5))).toEqual([]);
		expect(ids(await search.search('(чип)', 5))).toEqual(['2026-02-09-ai-chips']);
		expect(ids(await search.search('OR', 5))).toEqual([]);
		expect(ids(await search.search('"', 5))).toEqual([]);
		expect(ids(await search.search('ИИ-серверы', 5))).toEqual(['2026-02-09-ai-chips']);
	});

	it('matches dictionary forms: a query word finds every form of its lemma', async () => {
		const search = await open();
		// The title says "Чипы", the story "чипов", "чипа"; "чипами" is another form of the lemma.
		expect(ids(await search.search('чипами', 5))).toContain('2026-02-09-ai-chips');
		// "ушел" in a title is a form of "уйти".
		expect(ids(await search.search('уйти', 5))).toContain('2026-03-13-bank-nationalisation');
	});

	it('takes OR, NOT, -word, title:, parentheses, dates and an order by date', async () => {
		const search = await open();
		const gold = '2026-11-20-gold';
		const chips = '2026-02-09-ai-chips';
		expect(ids(await search.search('золото OR чип', 20))).toEqual(expect.arrayContaining([gold, chips]));
		const withGold = ids(await search.search('золото', 20));
		const withoutSlitki = ids(await search.search('золото -слиток', 20));
		expect(withoutSlitki).not.toContain(gold);
		expect(withoutSlitki.length).toBeLessThan(withGold.length);
		expect(ids(await search.search('золото NOT слиток', 20))).toEqual(withoutSlitki);
		expect(ids(await search.search('title:золото', 20))).toEqual([gold]);
		expect(ids(await search.search('title:(золото OR чип)', 20)).sort()).toEqual([chips, gold]);
		expect(ids(await search.search('(золото OR чип) title:чип', 20))).toEqual([chips]);
		const dated = ids(await search.search('банк', 20, {since: '2026-03-01', until: '2026-06-30', sort: 'date'}));
		expect(dated.length).toBeGreaterThan(1);
		expect(dated).toEqual([...dated].sort().reverse());
		expect(dated.every(id => id >= '2026-03' && id < '2026-07')).toBe(true);
	});

	it('indexes an added issue, re-reads an edited one and drops a deleted one before answering', async () => {
		const search = await open();
		expect(ids(await search.search('DeepSeek', 5))).toEqual([]);

		const added = path.join(archive, '2026-12-01-deepseek.md');
		writeFileSync(added, '---\ntitle: Китайский ответ\ndate: 2026-12-01\n---\n\nМодель DeepSeek обучили на ускорителях Huawei.\n');
		expect(ids(await search.search('deepseek', 5))).toEqual(['2026-12-01-deepseek']);
		expect(ids(await search.search('ускоритель', 5))).toContain('2026-12-01-deepseek');

		writeFileSync(added, '---\ntitle: Китайский ответ\ndate: 2026-12-01\n---\n\nМодель Qwen обучили на ускорителях Huawei, и теперь текст длиннее.\n');
		expect(ids(await search.search('deepseek', 5))).toEqual([]);
		expect(ids(await search.search('qwen', 5))).toEqual(['2026-12-01-deepseek']);

		unlinkSync(added);
		expect(ids(await search.search('qwen', 5))).toEqual([]);
		expect(await search.refresh()).toEqual({indexed: 0, removed: 0, skipped: []});

		rmSync(path.join(archive, '2026-02-09-ai-chips.txt'));
		expect(ids(await search.search('чип', 5))).toEqual([]);
		expect(indexNotes()).toEqual([]);
	});

	it('when watching the folder, sees added, edited and deleted issues once the system reports them', async () => {
		const search = await open(true);
		expect(ids(await search.search('квазар', 5))).toEqual([]);
		const added = path.join(archive, '2026-12-03-watched.md');
		writeFileSync(added, '---\ntitle: Наблюдение\n---\n\nТекст про квазары.\n');
		await vi.waitFor(async () => {
			expect(ids(await search.search('квазар', 5))).toEqual(['2026-12-03-watched']);
		});
		writeFileSync(added, '---\ntitle: Наблюдение\n---\n\nТекст про пульсары, уже другой.\n');
		await vi.waitFor(async () => {
			expect(ids(await search.search('пульсар', 5))).toEqual(['2026-12-03-watched']);
		});
		expect((await search.search('пульсар', 5))[0]!.snippet.text).toBe('Текст про пульсары, уже другой.');
		unlinkSync(added);
		await vi.waitFor(async () => {
			expect(ids(await search.search('пульсар', 5))).toEqual([]);
		});

		// A folder made after the index was opened is watched too.
		mkdirSync(path.join(archive, '2027'));
		await vi.waitFor(async () => {
			expect(ids(await search.search('пульсар', 5))).toEqual([]);
			writeFileSync(path.join(archive, '2027', '2027-01-01-deep.md'), '---\ntitle: Глубже\n---\n\nТекст про магнетары.\n');
			expect(ids(await search.search('магнетар', 5))).toEqual(['2027-01-01-deep']);
		});
		writeFileSync(path.join(archive, '2027', '2027-01-01-deep.md'), '---\ntitle: Глубже\n---\n\nТекст про блазары.\n');
		await vi.waitFor(async () => {
			expect(ids(await search.search('блазар', 5))).toEqual(['2027-01-01-deep']);
		});
	});

	it('keeps the index between openings and reads only what changed', async () => {
		await open();
		await index!.refresh();
		writeFileSync(path.join(archive, '2026-12-02-new.md'), '---\ntitle: Новый выпуск\n---\n\nТекст про квазары.\n');
		const search = await open();
		expect(await search.refresh()).toEqual({indexed: 1, removed: 0, skipped: []});
		expect(ids(await search.search('квазар', 5))).toEqual(['2026-12-02-new']);
	});

	it('reports files that are not imported, and duplicate ids, without indexing them', async () => {
		writeFileSync(path.join(archive, 'empty.txt'), '');
		writeFileSync(path.join(archive, 'sub-dup.md'), '---\ntitle: x\n---\n\nтекст\n');
		const search = await open();
		const first = await search.refresh();
		expect(first.skipped).toEqual([{file: path.join(archive, 'empty.txt'), problem: {kind: 'empty'}}]);
		// Reported again next time, from the index, without reading the file.
		expect((await search.refresh()).skipped).toEqual(first.skipped);
	});

	it('gives a shared id to the first file that is an issue, as the library does', async () => {
		const first = path.join(archive, '2026-12-04-twin.txt');
		const nested = path.join(archive, 'sub', '2026-12-04-twin.md');
		writeFileSync(first, '');
		mkdirSync(path.dirname(nested));
		writeFileSync(nested, '---\ntitle: Близнец\n---\n\nТекст про квазары.\n');
		const search = await open();
		expect((await search.search('квазар', 5)).map(result => result.path)).toEqual([nested]);
		expect((await search.refresh()).skipped).toEqual([{file: first, problem: {kind: 'empty'}}]);

		writeFileSync(first, 'Первый близнец\n\nТекст про пульсары.\n');
		expect(await search.search('квазар', 5)).toEqual([]);
		expect((await search.search('пульсар', 5)).map(result => result.path)).toEqual([first]);
		expect((await search.refresh()).skipped).toEqual([{file: nested, problem: {kind: 'duplicate-id', id: '2026-12-04-twin', other: first}}]);

		writeFileSync(first, '');
		expect((await search.search('квазар', 5)).map(result => result.path)).toEqual([nested]);
		expect(await search.search('пульсар', 5)).toEqual([]);
	});

	it('rebuilds an index that is not an index at all, with a note', async () => {
		await (await open()).refresh();
		index!.close();
		index = undefined;
		writeFileSync(indexFile(), 'this is not an index '.repeat(500));
		const search = await open();
		expect(indexNotes()).toEqual([{kind: 'rebuilt', reason: 'corrupt'}]);
		expect(ids(await search.search('чип', 5))).toEqual(['2026-02-09-ai-chips']);
	});

	it('rebuilds an index from an older version, with a note', async () => {
		await (await open()).refresh();
		index!.close();
		index = undefined;
		if (engine === 'sqlite') {
			const db = new BetterSqlite3(indexFile());
			db.pragma('user_version = 0');
			db.close();
		} else {
			writeFileSync(indexFile(), JSON.stringify({version: 0, files: {}}));
		}

		const search = await open();
		expect(indexNotes()).toEqual([{kind: 'rebuilt', reason: 'outdated'}]);
		expect(ids(await search.search('чип', 5))).toEqual(['2026-02-09-ai-chips']);
	});

	describe('with an archive watcher', () => {
		let generation: string | undefined;
		let asked: number;
		const archiveWatch = {
			async generation() {
				asked++;
				return generation;
			},
		};

		async function openOneOff(): Promise<SearchIndex> {
			index?.close();
			index = await openSearchIndex({cacheDir, archiveDir: archive, engine: option, onNote: note => notes.push(note), archiveWatch});
			return index;
		}

		beforeEach(() => {
			generation = 'w.0';
			asked = 0;
			writeFileSync(path.join(archive, 'empty.txt'), '');
		});

		const addIssue = () => {
			writeFileSync(path.join(archive, '2026-12-01-quasars.txt'), 'Квазары на рынке\n\nИнвесторы скупают квазары и пульсары.\n\nСкопировать ссылку\n');
		};

		it('answers without checking the files while the generation holds, with the same notes', async () => {
			expect(ids(await (await openOneOff()).search('квазар', 5))).toEqual([]);
			const notesOfCheck = indexNotes();
			expect(notesOfCheck).toEqual([{kind: 'skipped', warning: {file: path.join(archive, 'empty.txt'), problem: {kind: 'empty'}}}]);

			// Not looked for: with a real watcher the generation would have moved.
			addIssue();
			notes = [];
			expect(ids(await (await openOneOff()).search('квазар', 5))).toEqual([]);
			expect(indexNotes()).toEqual(notesOfCheck);
		});

		it('checks every file once the generation moves, or when no watcher answers', async () => {
			await (await openOneOff()).search('чип', 5);
			addIssue();
			generation = 'w.1';
			expect(ids(await (await openOneOff()).search('квазар', 5))).toEqual(['2026-12-01-quasars']);
			rmSync(path.join(archive, '2026-12-01-quasars.txt'));
			generation = undefined;
			expect(ids(await (await openOneOff()).search('квазар', 5))).toEqual([]);
		});

		it('is not asked by an index that watches the folder itself', async () => {
			index = await openSearchIndex({cacheDir, archiveDir: archive, engine: option, watch: true, archiveWatch});
			await index.search('чип', 5);
			expect(asked).toBe(0);
		});
	});
});

describe('a damaged SQLite index', () => {
	let home: TemporaryHome;
	beforeEach(() => {
		home = temporaryHome();
	});

	afterEach(() => {
		home.remove();
	});

	it.each(['garbled pages', 'truncated'])('is rebuilt when %s are found while searching', async damage => {
		const archive = copySampleArchive(home.root);
		const cacheDir = home.env.XDG_CACHE_HOME!;
		const first = await openSearchIndex({cacheDir, archiveDir: archive});
		await first.refresh();
		first.close();
		const folder = path.join(cacheDir, 'search');
		const file = path.join(folder, readdirSync(folder).find(name => name.endsWith('.sqlite'))!);
		// Fold the write-ahead log in first, so the damage hits the pages that are read.
		const db = new BetterSqlite3(file);
		db.pragma('wal_checkpoint(TRUNCATE)');
		db.close();
		const size = statSync(file).size;
		if (damage === 'truncated') {
			truncateSync(file, Math.floor(size / 2));
		} else {
			const descriptor = openSync(file, 'r+');
			// Keep the 100-byte header and the first page; scribble over everything after it.
			writeSync(descriptor, Buffer.alloc(size - 4096, 0x5A), 0, size - 4096, 4096);
			closeSync(descriptor);
		}

		const notes: SearchNote[] = [];
		const search = await openSearchIndex({cacheDir, archiveDir: archive, onNote: note => notes.push(note)});
		expect((await search.search('чип', 5)).map(result => result.id)).toEqual(['2026-02-09-ai-chips']);
		expect(notes).toEqual([{kind: 'rebuilt', reason: 'corrupt'}]);
		search.close();
		expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
	});
});

describe('the two engines', () => {
	it('rank alike', async () => {
		const home = temporaryHome();
		try {
			const archive = copySampleArchive(home.root);
			const cacheDir = home.env.XDG_CACHE_HOME!;
			const sqlite = await openSearchIndex({cacheDir, archiveDir: archive});
			const builtin = await openSearchIndex({cacheDir, archiveDir: archive, engine: 'builtin'});
			for (const query of ['банк', 'золото', 'ставка цб', 'nvidia', 'рынок*', '"центральный банк"', 'ИИ']) {
				expect((await builtin.search(query, 5)).map(result => result.id), query).toEqual((await sqlite.search(query, 5)).map(result => result.id));
			}

			sqlite.close();
			builtin.close();
		} finally {
			home.remove();
		}
	});
});
