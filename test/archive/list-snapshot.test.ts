import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Catalog, CatalogEntry} from '../../source/archive/catalog.js';
import {listRow, printedRows, readListSnapshot, writeListSnapshot} from '../../source/archive/list-snapshot.js';
import type {ReadingState} from '../../source/store/reader-state.js';

let root: string;
let cacheDir: string;
const archiveDir = '/archive';

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-list-snapshot-'));
	cacheDir = path.join(root, 'cache');
});

afterEach(() => {
	rmSync(root, {recursive: true, force: true});
});

function entry(id: string, title: string, date: string | null): CatalogEntry {
	return {id, title, date, file: `${archiveDir}/${id}.txt`, format: 'page-dump', words: 100};
}

const entries = [
	entry('2026-03-01-c', 'Третий выпуск', '2026-03-01'),
	entry('2026-02-01-b', 'Второй\tвыпуск, с табуляцией', '2026-02-01'),
	entry('выпуск-без-даты', 'Выпуск «без даты»', null),
	entry('2026-01-01-a', 'Первый выпуск', '2026-01-01'),
];
const catalog: Catalog & {generation: string} = {
	dir: archiveDir,
	entries,
	warnings: [{file: `${archiveDir}/empty.txt`, problem: {kind: 'empty'}}],
	generation: 'w.3',
};

/** The list as the long way prints it, without colour. */
function expected(states: Record<string, ReadingState>): string {
	return entries.map(issue => listRow(issue, states[issue.id] ?? 'unread')).join('');
}

function printed(states: Record<string, ReadingState>): string | undefined {
	const snapshot = readListSnapshot(cacheDir, archiveDir);
	const pieces = snapshot === undefined ? undefined : printedRows(snapshot, Object.entries(states));
	return pieces === undefined ? undefined : Buffer.concat(pieces).toString('utf8');
}

describe('the list snapshot', () => {
	it('prints what the long way prints, with its generation and the skipped files', () => {
		writeListSnapshot(cacheDir, catalog);
		const snapshot = readListSnapshot(cacheDir, archiveDir)!;
		expect(snapshot.generation).toBe('w.3');
		expect(snapshot.warnings).toEqual(catalog.warnings);
		expect(printed({})).toBe(expected({}));
		expect(printed({})).toContain('2026-02-01-b\t2026-02-01\tunread\tВторой выпуск, с табуляцией\n');
		expect(printed({})).toContain('выпуск-без-даты\t-\tunread\tВыпуск «без даты»\n');
	});

	it('renders again only the rows of issues read or being read, wherever they stand', () => {
		writeListSnapshot(cacheDir, catalog);
		const cases: Array<Record<string, ReadingState>> = [
			{'2026-01-01-a': 'read'},
			{'2026-03-01-c': 'reading', 'выпуск-без-даты': 'read'},
			{'2026-02-01-b': 'read', '2026-01-01-a': 'reading', 'выпуск-без-даты': 'reading', '2026-03-01-c': 'read'},
			// An issue no longer in the archive keeps its state, and has no row.
			{'2025-12-01-gone': 'read', '2026-02-01-b': 'reading'},
		];
		for (const states of cases) {
			expect(printed(states)).toBe(expected(states));
		}
	});

	it('lists an archive with thousands of issues, ids in any order', () => {
		const many = Array.from({length: 3000}, (_, index) => entry(`id-${(index * 7919) % 3001}`, `Выпуск ${index}`, null));
		writeListSnapshot(cacheDir, {...catalog, entries: many});
		const states: Record<string, ReadingState> = {'id-0': 'read', 'id-3000': 'reading', 'id-1500': 'read', 'id-7919': 'read'};
		const snapshot = readListSnapshot(cacheDir, archiveDir)!;
		expect(Buffer.concat(printedRows(snapshot, Object.entries(states))!).toString('utf8'))
			.toBe(many.map(issue => listRow(issue, states[issue.id] ?? 'unread')).join(''));
	});

	it('is not taken when it is missing, for another archive or version, or damaged', () => {
		expect(readListSnapshot(cacheDir, archiveDir)).toBeUndefined();
		writeListSnapshot(cacheDir, catalog);
		expect(readListSnapshot(cacheDir, '/elsewhere')).toBeUndefined();

		const [name] = readdirSync(path.join(cacheDir)).filter(file => file.endsWith('.list'));
		const file = path.join(cacheDir, name!);
		const whole = readFileSync(file);
		const headerEnd = whole.indexOf(0x0A);
		const header = JSON.parse(whole.toString('utf8', 0, headerEnd)) as Record<string, unknown>;
		writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify({...header, version: -1})}\n`), whole.subarray(headerEnd + 1)]));
		expect(readListSnapshot(cacheDir, archiveDir)).toBeUndefined();

		writeFileSync(file, whole.subarray(0, whole.length - 5));
		expect(readListSnapshot(cacheDir, archiveDir)).toBeUndefined();
		writeFileSync(file, 'not a snapshot');
		expect(readListSnapshot(cacheDir, archiveDir)).toBeUndefined();

		// An index record pointing past the rows: the rows cannot be trusted to be patched.
		const damaged = Buffer.from(whole);
		damaged.writeUInt32LE(0xFF_FF_FF, whole.length - 8);
		writeFileSync(file, damaged);
		const snapshot = readListSnapshot(cacheDir, archiveDir)!;
		expect(printedRows(snapshot, [])).toBeDefined();
		expect(printedRows(snapshot, entries.map(issue => [issue.id, 'read']))).toBeUndefined();
	});
});
