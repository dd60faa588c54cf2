import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';
import {writeCacheFile} from './cache-file.js';
import {catalogCachePath, catalogCacheVersion, type Catalog, type CatalogEntry} from './catalog.js';
import type {ReadingState} from '../store/reader-state.js';
import type {ArchiveWarning} from './file-problem.js';

/**
 * The printed list, written once per state of a watched archive (see watch/): every row as
 * `list` prints it without colour, each issue unread, newest first; then an index of the rows
 * by id. While the archive watcher gives the same generation, `list` copies these bytes out,
 * changing only the state of issues read or being read, instead of building and formatting
 * an entry for each of 10,000 issues (that alone takes longer than a whole start).
 */

type ListedIssue = Pick<CatalogEntry, 'id' | 'date' | 'title'>;

/** How a terminal shows a row's date and state; without it, a row is plain text. */
export type RowStyle = {date: (text: string) => string; state: (state: ReadingState) => string};

/** A printed row: id, date (`-` when it has none), state, title (tabs made spaces). */
export function listRow({id, date, title}: ListedIssue, state: ReadingState, style?: RowStyle): string {
	const shownDate = date ?? '-';
	return `${id}\t${style?.date(shownDate) ?? shownDate}\t${style?.state(state) ?? state}\t${title.replaceAll('\t', ' ')}\n`;
}

/** Where, after a row's id, its state column begins: the date has no tab, so it is the first `<TAB>unread<TAB>`. */
const unreadColumn = Buffer.from('\tunread\t');
const unreadBytes = 'unread'.length;

/**
 * The file's layout; bumped when it changes. A header line; the rows; then the index: the
 * count, one record per row sorted by id (where its state stands in the rows, where its id
 * stands in the ids), and the ids one after another. The index holds the ids itself, so
 * finding a row never reads the rows: they go from the file to stdout in chunks.
 */
const snapshotLayout = 3;

type Header = {version: number; layout: number; dir: string; generation: string; warnings: ArchiveWarning[]; rowBytes: number; indexBytes: number};

/** Where the state of an issue that is not unread stands in the rows, and what it is. */
export type RowPatch = {at: number; state: ReadingState};

export type ListSnapshot = {
	/** The archive watcher's generation the rows were written at: good while it still gives it. */
	generation: string;
	warnings: ArchiveWarning[];
	/**
	 * Where the states of these issues go, in the order of the rows; undefined when the index
	 * is damaged. An issue no longer in the archive still has its state, and no row.
	 */
	patchesFor: (states: ReadonlyArray<[id: string, state: ReadingState]>) => RowPatch[] | undefined;
	/** Every row, through `write` in chunks of one reused buffer, each issue in its state. */
	writeRows: (patches: readonly RowPatch[], write: (bytes: Uint8Array) => void) => void;
	close: () => void;
};

function snapshotPath(cacheDir: string, archiveDir: string): string {
	return catalogCachePath(cacheDir, archiveDir).replace(/\.json$/u, '.list');
}

/** An index record: where the row's state stands, and where its id starts and ends in the ids. */
const recordBytes = 12;

/** Writes the rows of a catalog known at a generation. */
export function writeListSnapshot(cacheDir: string, catalog: Catalog & {generation: string}): void {
	const rows: Buffer[] = [];
	const records: Array<{id: Buffer; stateAt: number}> = [];
	let offset = 0;
	for (const entry of catalog.entries) {
		const row = Buffer.from(listRow(entry, 'unread'));
		const id = Buffer.from(entry.id);
		rows.push(row);
		records.push({id, stateAt: offset + row.indexOf(unreadColumn, id.length) + 1});
		offset += row.length;
	}

	// Sorted by the ids' bytes, as the lookup compares them.
	records.sort((a, b) => Buffer.compare(a.id, b.id));
	const table = Buffer.alloc(4 + (records.length * recordBytes));
	table.writeUInt32LE(records.length, 0);
	let idsLength = 0;
	for (const [position, {id, stateAt}] of records.entries()) {
		const at = 4 + (position * recordBytes);
		table.writeUInt32LE(stateAt, at);
		table.writeUInt32LE(idsLength, at + 4);
		idsLength += id.length;
		table.writeUInt32LE(idsLength, at + 8);
	}

	const index = Buffer.concat([table, ...records.map(record => record.id)]);
	const header: Header = {
		version: catalogCacheVersion, layout: snapshotLayout, dir: catalog.dir, generation: catalog.generation, warnings: catalog.warnings, rowBytes: offset, indexBytes: index.length,
	};
	writeCacheFile(snapshotPath(cacheDir, catalog.dir), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...rows, index]));
}

/** Rows go out in pieces of this size: what a pipe holds, so the reader drains one while the next is read. */
const chunkBytes = 64 * 1024;

/** A header longer than this (thousands of skipped files) is not worth reading: the long way lists them. */
const maxHeaderBytes = 4 * 1024 * 1024;

/**
 * The rows last written for this archive, open for reading, or undefined (none, or not
 * sound). The caller closes it.
 */
export function openListSnapshot(cacheDir: string, archiveDir: string): ListSnapshot | undefined {
	const dir = path.resolve(archiveDir);
	let fd: number;
	try {
		fd = openSync(snapshotPath(cacheDir, dir), 'r');
	} catch {
		return undefined;
	}

	const snapshot = snapshotIn(fd, dir);
	if (snapshot === undefined) {
		closeSync(fd);
	}

	return snapshot;
}

function snapshotIn(fd: number, dir: string): ListSnapshot | undefined {
	let header: Partial<Header> | null;
	let rowsStart: number;
	let size: number;
	try {
		size = fstatSync(fd).size;
		const head = readHeaderLine(fd, Math.min(size, maxHeaderBytes));
		if (head === undefined) {
			return undefined;
		}

		header = JSON.parse(head.text) as Partial<Header> | null;
		rowsStart = head.bytes;
	} catch {
		return undefined;
	}

	if (header?.version !== catalogCacheVersion || header.layout !== snapshotLayout || header.dir !== dir || typeof header.generation !== 'string'
		|| !Array.isArray(header.warnings) || !Number.isSafeInteger(header.rowBytes) || !Number.isSafeInteger(header.indexBytes)
		|| rowsStart + header.rowBytes! + header.indexBytes! !== size) {
		return undefined;
	}

	const rowBytes = header.rowBytes!;
	const indexStart = rowsStart + rowBytes;
	const indexBytes = header.indexBytes!;
	return {
		generation: header.generation,
		warnings: header.warnings,
		patchesFor(states) {
			if (states.length === 0) {
				return [];
			}

			// Read only when some issue is not unread: 10,000 ids are ~300 KB.
			const index = Buffer.allocUnsafe(indexBytes);
			if (readSync(fd, index, 0, indexBytes, indexStart) !== indexBytes) {
				return undefined;
			}

			const count = indexBytes >= 4 ? index.readUInt32LE(0) : -1;
			const ids = 4 + (count * recordBytes);
			if (count < 0 || ids > indexBytes) {
				return undefined;
			}

			const patches: RowPatch[] = [];
			for (const [id, state] of states) {
				const at = stateOf(index, count, ids, rowBytes, Buffer.from(id));
				if (at === 'damaged') {
					return undefined;
				}

				if (at !== undefined) {
					patches.push({at, state});
				}
			}

			return patches.sort((a, b) => a.at - b.at);
		},
		writeRows(patches, write) {
			copyPatched(fd, rowsStart, rowBytes, patches, write);
		},
		close() {
			closeSync(fd);
		},
	};
}

/** The header line and how many bytes it takes with its newline, read a chunk at a time. */
function readHeaderLine(fd: number, limit: number): {text: string; bytes: number} | undefined {
	let buffer = Buffer.allocUnsafe(Math.min(chunkBytes, limit));
	let filled = 0;
	for (;;) {
		const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
		const end = buffer.subarray(0, filled + read).indexOf(0x0A, filled);
		filled += read;
		if (end !== -1) {
			return {text: buffer.toString('utf8', 0, end), bytes: end + 1};
		}

		if (read === 0 || filled >= limit) {
			return undefined;
		}

		if (filled === buffer.length) {
			const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
			buffer.copy(larger);
			buffer = larger;
		}
	}
}

/** Binary search of the index for an id: where its state stands in the rows; `damaged` when a record points outside. */
function stateOf(index: Buffer, count: number, ids: number, rowBytes: number, id: Buffer): number | undefined | 'damaged' {
	let low = 0;
	let high = count - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const at = 4 + (middle * recordBytes);
		const stateAt = index.readUInt32LE(at);
		const idStart = ids + index.readUInt32LE(at + 4);
		const idEnd = ids + index.readUInt32LE(at + 8);
		if (!(stateAt + unreadBytes <= rowBytes && idStart < idEnd && idEnd <= index.length)) {
			return 'damaged';
		}

		const order = id.compare(index, idStart, idEnd);
		if (order === 0) {
			return stateAt;
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
 * The rows from the file to `write`, `unread` replaced at each patch. Read and written a
 * chunk at a time through two reused buffers: reading 1.6 MB whole, then writing it, cost
 * ~1.4 ms more at 10,000 issues (the fresh memory alone), and the pipe's reader waited.
 */
function copyPatched(fd: number, rowsStart: number, rowBytes: number, patches: readonly RowPatch[], write: (bytes: Uint8Array) => void): void {
	const input = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(rowBytes, 1)));
	const output = Buffer.allocUnsafe(chunkBytes);
	let inputStart = 0;
	let inputEnd = 0;
	let filled = 0;
	const put = (bytes: Uint8Array) => {
		let offset = 0;
		while (offset < bytes.length) {
			const taken = Math.min(bytes.length - offset, output.length - filled);
			output.set(bytes.subarray(offset, offset + taken), filled);
			filled += taken;
			offset += taken;
			if (filled === output.length) {
				write(output);
				filled = 0;
			}
		}
	};

	// Bytes [from, to) of the rows.
	const copy = (from: number, to: number) => {
		let position = from;
		while (position < to) {
			if (position < inputStart || position >= inputEnd) {
				const read = readSync(fd, input, 0, Math.min(input.length, rowBytes - position), rowsStart + position);
				if (read === 0) {
					throw new Error('the list snapshot ended before its rows did');
				}

				inputStart = position;
				inputEnd = position + read;
			}

			const end = Math.min(to, inputEnd);
			put(input.subarray(position - inputStart, end - inputStart));
			position = end;
		}
	};

	let position = 0;
	for (const {at, state} of patches) {
		copy(position, at);
		put(Buffer.from(state));
		position = at + unreadBytes;
	}

	copy(position, rowBytes);
	if (filled > 0) {
		write(output.subarray(0, filled));
	}
}
