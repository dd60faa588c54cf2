import {readFileSync} from 'node:fs';
import path from 'node:path';
import {writeCacheFile} from './cache-file.js';
import {catalogCachePath, catalogCacheVersion, type Catalog, type CatalogEntry} from './catalog.js';
import type {ReadingState} from '../store/reader-state.js';
import type {ArchiveWarning} from './file-problem.js';

/**
 * The printed list, written once per state of a watched archive (see watch/): every row as
 * `list` prints it without colour, each issue unread, newest first; then an index of the rows
 * by id. While the archive watcher gives the same generation, `list` writes these bytes out,
 * re-rendering only the rows of issues read or being read, instead of building and
 * formatting an entry for each of 10,000 issues (that alone takes longer than a whole start).
 */

type ListedIssue = Pick<CatalogEntry, 'id' | 'date' | 'title'>;

/** Where a row is in the snapshot's rows: its start, its end, and the end of its id. */
type Row = {start: number; end: number; idEnd: number};

/** How a terminal shows a row's date and state; without it, a row is plain text. */
export type RowStyle = {date: (text: string) => string; state: (state: ReadingState) => string};

/** A printed row: id, date (`-` when it has none), state, title (tabs made spaces). */
export function listRow({id, date, title}: ListedIssue, state: ReadingState, style?: RowStyle): string {
	const shownDate = date ?? '-';
	return `${id}\t${style?.date(shownDate) ?? shownDate}\t${style?.state(state) ?? state}\t${title.replaceAll('\t', ' ')}\n`;
}

/** Where, after a row's id, its state column begins: the date has no tab, so it is the first `<TAB>unread<TAB>`. */
const unreadColumn = Buffer.from('\tunread\t');

type Header = {version: number; dir: string; generation: string; warnings: ArchiveWarning[]; rowBytes: number};

export type ListSnapshot = {
	/** The archive watcher's generation the rows were written at: good while it still gives it. */
	generation: string;
	warnings: ArchiveWarning[];
	/** Every row, each issue unread. */
	rows: Buffer;
	/** Where an issue's row is in `rows`, if it has one; `damaged` when the index is. */
	rowOf: (id: string) => Row | undefined | 'damaged';
};

function snapshotPath(cacheDir: string, archiveDir: string): string {
	return catalogCachePath(cacheDir, archiveDir).replace(/\.json$/u, '.list');
}

/** Writes the rows of a catalog known at a generation. */
export function writeListSnapshot(cacheDir: string, catalog: Catalog & {generation: string}): void {
	const rows: Buffer[] = [];
	// Per row: its start and end in the rows, and where its id ends.
	const records: Array<{id: Buffer; start: number; end: number; idEnd: number}> = [];
	let offset = 0;
	for (const entry of catalog.entries) {
		const row = Buffer.from(listRow(entry, 'unread'));
		const id = Buffer.from(entry.id);
		rows.push(row);
		records.push({id, start: offset, end: offset + row.length, idEnd: offset + id.length});
		offset += row.length;
	}

	// Sorted by the ids' bytes, as rowOf compares them.
	records.sort((a, b) => Buffer.compare(a.id, b.id));
	const index = Buffer.alloc(4 + (records.length * recordBytes));
	index.writeUInt32LE(records.length, 0);
	for (const [position, {start, end, idEnd}] of records.entries()) {
		const at = 4 + (position * recordBytes);
		index.writeUInt32LE(start, at);
		index.writeUInt32LE(end, at + 4);
		index.writeUInt32LE(idEnd, at + 8);
	}

	const header: Header = {version: catalogCacheVersion, dir: catalog.dir, generation: catalog.generation, warnings: catalog.warnings, rowBytes: offset};
	writeCacheFile(snapshotPath(cacheDir, catalog.dir), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...rows, index]));
}

/** An index record: a row's start, its end and its id's end, each a 32-bit number. */
const recordBytes = 12;

/** The rows last written for this archive, or undefined (none, or not sound). */
export function readListSnapshot(cacheDir: string, archiveDir: string): ListSnapshot | undefined {
	const dir = path.resolve(archiveDir);
	let bytes: Buffer;
	try {
		bytes = readFileSync(snapshotPath(cacheDir, dir));
	} catch {
		return undefined;
	}

	const headerEnd = bytes.indexOf(0x0A);
	let header: Partial<Header> | null;
	try {
		header = JSON.parse(bytes.toString('utf8', 0, headerEnd === -1 ? bytes.length : headerEnd)) as Partial<Header> | null;
	} catch {
		return undefined;
	}

	const rowsStart = headerEnd + 1;
	if (headerEnd === -1 || header?.version !== catalogCacheVersion || header.dir !== dir || typeof header.generation !== 'string'
		|| !Array.isArray(header.warnings) || !Number.isSafeInteger(header.rowBytes) || rowsStart + header.rowBytes! > bytes.length) {
		return undefined;
	}

	const rowsEnd = rowsStart + header.rowBytes!;
	const rows = bytes.subarray(rowsStart, rowsEnd);
	const index = bytes.subarray(rowsEnd);
	const count = index.length >= 4 ? index.readUInt32LE(0) : -1;
	if (index.length !== 4 + (count * recordBytes)) {
		return undefined;
	}

	return {generation: header.generation, warnings: header.warnings, rows, rowOf: id => rowOf(rows, index, count, Buffer.from(id))};
}

/** Binary search of the index for an id's row; `damaged` when a record points outside the rows. */
function rowOf(rows: Buffer, index: Buffer, count: number, id: Buffer): Row | undefined | 'damaged' {
	let low = 0;
	let high = count - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const at = 4 + (middle * recordBytes);
		const start = index.readUInt32LE(at);
		const end = index.readUInt32LE(at + 4);
		const idEnd = index.readUInt32LE(at + 8);
		if (!(start < idEnd && idEnd < end && end <= rows.length)) {
			return 'damaged';
		}

		const order = id.compare(rows, start, idEnd);
		if (order === 0) {
			return {start, end, idEnd};
		}

		if (order < 0) {
			high = middle - 1;
		} else {
			low = middle + 1;
		}
	}

	return undefined;
}

/**
 * The list as printed, in pieces to write one after the other (joining them would copy the
 * whole list once more): the snapshot's rows, with the rows of the issues in `states` (those
 * not unread) changed. Undefined when the snapshot is damaged.
 */
export function printedRows(snapshot: ListSnapshot, states: ReadonlyArray<[id: string, state: ReadingState]>): Buffer[] | undefined {
	const patches: Array<{at: Row; state: ReadingState}> = [];
	for (const [id, state] of states) {
		const at = snapshot.rowOf(id);
		if (at === 'damaged') {
			return undefined;
		}

		// An issue no longer in the archive still has its state: it has no row.
		if (at !== undefined) {
			patches.push({at, state});
		}
	}

	patches.sort((a, b) => a.at.start - b.at.start);
	const pieces: Buffer[] = [];
	let position = 0;
	for (const {at: {end, idEnd}, state} of patches) {
		// Only the state changes: `unread` is replaced where it stands.
		const stateStart = snapshot.rows.indexOf(unreadColumn, idEnd) + 1;
		if (stateStart === 0 || stateStart + unreadColumn.length > end) {
			return undefined;
		}

		pieces.push(snapshot.rows.subarray(position, stateStart), Buffer.from(state));
		position = stateStart + 'unread'.length;
	}

	pieces.push(snapshot.rows.subarray(position));
	return pieces;
}
