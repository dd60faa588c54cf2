import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Catalog, CatalogEntry} from '../../source/archive/catalog.js';
import {listRow, openListSnapshot, writeListSnapshot, type ListSnapshot} from '../../source/archive/list-snapshot.js';
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

/** What the snapshot prints with these states, or undefined when it cannot. */
function printedBy(snapshot: ListSnapshot, states: Record<string, ReadingState>): string | undefined {
	const patches = snapshot.patchesFor(Object.entries(states));
	if (patches === undefined) {
		return undefined;
	}

	// Each piece is copied: the snapshot reuses its buffer for the next.
	const pieces: Buffer[] = [];
	snapshot.writeRows(patches, bytes => pieces.push(Buffer.from(bytes)));
	return Buffer.concat(pieces).toString('utf8');
}

function printed(states: Record<string, ReadingState>): string | undefined {
	const snapshot = openListSnapshot(cacheDir, archiveDir);
	if (snapshot === undefined) {
		return undefined;
	}

	try {
		return printedBy(snapshot, states);
	} finally {
		snapshot.close();
	}
}

/** The snapshot's file, whole. */
function snapshotFile(): string {
	const [name] = readdirSync(cacheDir).filter(file => file.endsWith('.list'));
	return path.join(cacheDir, name!);
}

describe('the list snapshot', () => {
	it('prints what the long way prints, with its generation and the skipped files', () => {
		writeListSnapshot(cacheDir, catalog);
		const snapshot = openListSnapshot(cacheDir, archiveDir)!;
		expect(snapshot.generation).toBe('w.3');
		expect(snapshot.warnings).toEqual(catalog.warnings);
		snapshot.close();
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

	it('lists an archive with thousands of issues, ids in any order, across many chunks', () => {
		const many = Array.from({length: 3000}, (_, index) => entry(`id-${(index * 7919) % 3001}`, `Выпуск номер ${index}, о рынках и ставках`, null));
		// The first title made longer, so that one row's `unread` lies across the end of the
		// first 64 KB chunk: where `unread` stands in each row, then the padding that puts one there.
		const unreadAt: number[] = [];
		let offset = 0;
		for (const issue of many) {
			unreadAt.push(offset + Buffer.byteLength(`${issue.id}\t-\t`));
			offset += Buffer.byteLength(listRow(issue, 'unread'));
		}

		const across = unreadAt.findLastIndex(at => at <= (64 * 1024) - 3);
		many[0] = {...many[0]!, title: `${many[0]!.title}${'x'.repeat((64 * 1024) - 3 - unreadAt[across]!)}`};
		writeListSnapshot(cacheDir, {...catalog, entries: many});
		const cases: Array<Record<string, ReadingState>> = [
			{},
			{[many[across]!.id]: 'read'},
			{'id-0': 'read', 'id-3000': 'reading', 'id-1500': 'read', [many[across]!.id]: 'reading'},
			// Every other issue read or being read.
			Object.fromEntries(many.filter((_, index) => index % 2 === 0).map((issue, index) => [issue.id, index % 3 === 0 ? 'reading' : 'read'])),
		];
		for (const states of cases) {
			const listed = printed(states);
			expect(Buffer.byteLength(listed!)).toBeGreaterThan(3 * 64 * 1024);
			expect(listed).toBe(many.map(issue => listRow(issue, states[issue.id] ?? 'unread')).join(''));
		}

		const snapshot = openListSnapshot(cacheDir, archiveDir)!;
		expect(snapshot.patchesFor([[many[across]!.id, 'read']])).toEqual([{at: (64 * 1024) - 3, state: 'read'}]);
		snapshot.close();
	});

	it('lists an empty archive as nothing', () => {
		writeListSnapshot(cacheDir, {...catalog, entries: []});
		expect(printed({'2026-01-01-a': 'read'})).toBe('');
	});

	it('reads a header longer than one chunk (thousands of skipped files)', () => {
		const warnings = Array.from({length: 2000}, (_, index) => ({file: `${archiveDir}/пустой-файл-${index}.txt`, problem: {kind: 'empty' as const}}));
		writeListSnapshot(cacheDir, {...catalog, warnings});
		const snapshot = openListSnapshot(cacheDir, archiveDir)!;
		expect(snapshot.warnings).toEqual(warnings);
		expect(printedBy(snapshot, {'2026-02-01-b': 'read'})).toBe(expected({'2026-02-01-b': 'read'}));
		snapshot.close();
	});

	it('is not taken when it is missing, for another archive or version, or damaged', () => {
		expect(openListSnapshot(cacheDir, archiveDir)).toBeUndefined();
		writeListSnapshot(cacheDir, catalog);
		expect(openListSnapshot(cacheDir, '/elsewhere')).toBeUndefined();

		const file = snapshotFile();
		const whole = readFileSync(file);
		const headerEnd = whole.indexOf(0x0A);
		const header = JSON.parse(whole.toString('utf8', 0, headerEnd)) as Record<string, unknown>;
		const withHeader = (changes: Record<string, unknown>) => Buffer.concat([Buffer.from(`${JSON.stringify({...header, ...changes})}\n`), whole.subarray(headerEnd + 1)]);
		for (const changes of [{version: -1}, {layout: 2}, {rowBytes: 3}, {indexBytes: 'many'}, {generation: 7}]) {
			writeFileSync(file, withHeader(changes));
			expect(openListSnapshot(cacheDir, archiveDir)).toBeUndefined();
		}

		writeFileSync(file, whole.subarray(0, whole.length - 5));
		expect(openListSnapshot(cacheDir, archiveDir)).toBeUndefined();
		writeFileSync(file, 'not a snapshot');
		expect(openListSnapshot(cacheDir, archiveDir)).toBeUndefined();
		writeFileSync(file, '');
		expect(openListSnapshot(cacheDir, archiveDir)).toBeUndefined();

		// An index record pointing past the rows: the rows cannot be trusted to be patched.
		const damaged = Buffer.from(whole);
		const indexStart = headerEnd + 1 + (header.rowBytes as number);
		for (let record = 0; record < entries.length; record++) {
			damaged.writeUInt32LE(0xFF_FF_FF, indexStart + 4 + (record * 12));
		}

		writeFileSync(file, damaged);
		const snapshot = openListSnapshot(cacheDir, archiveDir)!;
		expect(printedBy(snapshot, {})).toBe(expected({}));
		expect(snapshot.patchesFor(entries.map(issue => [issue.id, 'read']))).toBeUndefined();
		snapshot.close();
	});
});
