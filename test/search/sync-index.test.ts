import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readCatalog} from '../../source/library/catalog.js';
import {loadIssueParsers} from '../../source/library/issue-parsers.js';
import {openFallbackIndex} from '../../source/search/fallback-index.js';
import type {IndexBackend} from '../../source/search/index-backend.js';
import {parseQuery, type SearchQuery} from '../../source/search/parse-query.js';
import {syncIndex} from '../../source/search/sync-index.js';
import {copySampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

function query(text: string): SearchQuery {
	const parsed = parseQuery(text);
	if (!('query' in parsed)) {
		throw new Error(parsed.problem.kind);
	}

	return parsed.query;
}

const parsers = await loadIssueParsers(true);
let home: TemporaryHome;
let archive: string;
let cacheDir: string;
let backend: IndexBackend;
const catalog = async () => readCatalog(archive, cacheDir);

beforeEach(async () => {
	home = temporaryHome();
	archive = copySampleArchive(home.root);
	cacheDir = home.env.XDG_CACHE_HOME!;
	backend = openFallbackIndex(path.join(home.root, 'index.json'));
	syncIndex(backend, await catalog(), parsers);
});

afterEach(() => {
	home.remove();
});

describe('syncIndex', () => {
	it('writes in batches, so an interrupted build keeps the batches it finished', async () => {
		const fresh = openFallbackIndex(path.join(home.root, 'fresh.json'));
		let writes = 0;
		const failing: IndexBackend = {
			...fresh,
			filesPerWrite: 5,
			write(change) {
				if (++writes === 3) {
					throw new Error('interrupted');
				}

				fresh.write(change);
			},
		};
		expect(() => syncIndex(failing, {entries: [], warnings: []}, parsers)).not.toThrow();
		const whole = await catalog();
		expect(() => syncIndex(failing, whole, parsers)).toThrow('interrupted');
		expect(fresh.files().size).toBe(10);
		expect(syncIndex(fresh, whole, parsers)).toEqual({indexed: 2, removed: 0, skipped: []});
	});

	it('reads only what the catalog says changed, with progress, and reports its warnings', async () => {
		const chips = path.join(archive, '2026-02-09-ai-chips.txt');
		writeFileSync(chips, readFileSync(chips, 'utf8').replace('Параллельный импорт', 'Параллельный импорт квазаров'));
		writeFileSync(path.join(archive, 'empty.txt'), '');
		const progress: Array<[number, number]> = [];
		expect(syncIndex(backend, await catalog(), parsers, (done, total) => progress.push([done, total]))).toEqual({
			indexed: 1,
			removed: 0,
			skipped: [{file: path.join(archive, 'empty.txt'), problem: {kind: 'empty'}}],
		});
		expect(progress).toEqual([[1, 1]]);
		expect(backend.search(query('квазар'), 5).map(document => document.id)).toEqual(['2026-02-09-ai-chips']);
	});

	it('drops what the catalog no longer lists, and has nothing to do the second time', async () => {
		rmSync(path.join(archive, 'grain-exports.md'));
		expect(syncIndex(backend, await catalog(), parsers)).toEqual({indexed: 0, removed: 1, skipped: []});
		expect(syncIndex(backend, await catalog(), parsers)).toEqual({indexed: 0, removed: 0, skipped: []});
	});

	it('drops an issue that went bad after it was catalogued, and says so', async () => {
		const listed = await catalog();
		const gold = path.join(archive, '2026-11-20-gold.txt');
		const changed = {...listed, entries: listed.entries.map(entry => (entry.file === gold ? {...entry, size: entry.size + 1} : entry))};
		rmSync(gold);
		const report = syncIndex(backend, changed, parsers);
		expect(report.skipped).toMatchObject([{file: gold, problem: {kind: 'unreadable'}}]);
		expect(backend.files().has(gold)).toBe(false);
	});
});
