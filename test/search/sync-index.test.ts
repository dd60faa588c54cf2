import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {openFallbackIndex} from '../../source/search/fallback-index.js';
import type {IndexBackend} from '../../source/search/index-backend.js';
import {parseQuery, type SearchQuery} from '../../source/search/parse-query.js';
import {syncChangedFiles, syncIndex} from '../../source/search/sync-index.js';
import {copySampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

function query(text: string): SearchQuery {
	const parsed = parseQuery(text);
	if (!('query' in parsed)) {
		throw new Error(parsed.problem.kind);
	}

	return parsed.query;
}

let home: TemporaryHome;
let archive: string;
let backend: IndexBackend;

beforeEach(() => {
	home = temporaryHome();
	archive = copySampleArchive(home.root);
	backend = openFallbackIndex(path.join(home.root, 'index.json'));
	syncIndex(backend, archive);
});

afterEach(() => {
	home.remove();
});

describe('syncIndex', () => {
	it('writes in batches, so an interrupted build keeps the batches it finished', () => {
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
		expect(() => syncIndex(failing, archive)).toThrow('interrupted');
		expect(fresh.files().size).toBe(10);
		expect(syncIndex(fresh, archive)).toEqual({indexed: 2, removed: 0, skipped: []});
	});

	it('does not read a file whose id the issue just read before it owns, and counts it done', () => {
		const first = path.join(archive, '2026-12-06-twin.md');
		const second = path.join(archive, 'sub', '2026-12-06-twin.md');
		writeFileSync(first, '---\ntitle: Первый\n---\n\nТекст.\n');
		mkdirSync(path.dirname(second));
		writeFileSync(second, '---\ntitle: Второй\n---\n\nТекст.\n');
		const progress: Array<[number, number]> = [];
		expect(syncIndex(backend, archive, {onProgress: (done, total) => progress.push([done, total])})).toEqual({
			indexed: 1,
			removed: 0,
			skipped: [{file: second, problem: {kind: 'duplicate-id', id: '2026-12-06-twin', other: first}}],
		});
		expect(progress).toEqual([[1, 2], [2, 2]]);
	});

	it('removes files gone and reports nothing to do the second time', () => {
		rmSync(path.join(archive, 'grain-exports.md'));
		expect(syncIndex(backend, archive)).toEqual({indexed: 0, removed: 1, skipped: []});
		expect(syncIndex(backend, archive)).toEqual({indexed: 0, removed: 0, skipped: []});
	});
});

describe('syncChangedFiles', () => {
	const chips = () => path.join(archive, '2026-02-09-ai-chips.txt');

	it('re-indexes an issue edited in place', () => {
		writeFileSync(chips(), readFileSync(chips(), 'utf8').replace('Параллельный импорт', 'Параллельный импорт квазаров'));
		expect(syncChangedFiles(backend, archive, [chips()])).toBe(1);
		expect(backend.search(query('квазар'), 5).map(document => document.id)).toEqual(['2026-02-09-ai-chips']);
		expect(syncIndex(backend, archive).indexed).toBe(0);
	});

	it('does nothing for files that did not change, hidden files and other kinds of file', () => {
		writeFileSync(path.join(archive, 'notes.pdf'), 'x');
		writeFileSync(path.join(archive, '.draft.txt.swp'), 'x');
		expect(syncChangedFiles(backend, archive, [chips(), path.join(archive, 'notes.pdf'), path.join(archive, '.draft.txt.swp')])).toBe(0);
	});

	it('leaves new and deleted issues, folders and broken files to the full sync', () => {
		const added = path.join(archive, '2026-12-01-new.md');
		writeFileSync(added, '---\ntitle: Новый\n---\n\nТекст.\n');
		expect(syncChangedFiles(backend, archive, [added])).toBeUndefined();

		rmSync(chips());
		expect(syncChangedFiles(backend, archive, [chips()])).toBeUndefined();

		mkdirSync(path.join(archive, '2027'));
		expect(syncChangedFiles(backend, archive, [path.join(archive, '2027')])).toBeUndefined();
		expect(syncChangedFiles(backend, archive, [path.join(archive, 'moved-away')])).toBeUndefined();

		const gold = path.join(archive, '2026-11-20-gold.txt');
		writeFileSync(gold, '');
		expect(syncChangedFiles(backend, archive, [gold])).toBeUndefined();
	});
});
