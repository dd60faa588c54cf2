import type {ReadingState} from '../store/reader-state.js';

/**
 * The rows `bell-reader list` prints: `id<TAB>date<TAB>state<TAB>title`, a contract with
 * scripts. The catalog keeps them printed, all unread, so that an unchanged archive is
 * listed without rendering a row; the reading states are put in as they are printed.
 */

/** How a printed row is coloured on a terminal. */
export type RowStyle = {date: (text: string) => string; state: (state: ReadingState) => string};

/** A printed row: id, date (`-` when it has none), state, title (tabs made spaces). */
export function listRow({id, date, title}: {id: string; date: string | null; title: string}, state: ReadingState, style?: RowStyle): string {
	const shownDate = date ?? '-';
	return `${id}\t${style?.date(shownDate) ?? shownDate}\t${style?.state(state) ?? state}\t${title.replaceAll('\t', ' ')}\n`;
}

const tab = 9;
const newline = 10;
const unreadColumn = Buffer.from('\tunread\t');

/**
 * Printed rows, all unread, with the state of each issue `states` names put in. Ids are
 * compared as their UTF-8 bytes, so no row is decoded.
 */
export function withReadingStates(rows: Uint8Array, states: ReadonlyMap<string, ReadingState>): Uint8Array {
	if (states.size === 0) {
		return rows;
	}

	const bytes = Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength);
	// An id's UTF-8 bytes read as Latin-1: one character a byte, so a slice compares as is.
	const byBytes = new Map([...states].map(([id, state]) => [Buffer.from(id).toString('latin1'), state]));
	const parts: Uint8Array[] = [];
	let copied = 0;
	for (let start = 0; start < bytes.length;) {
		const idEnd = bytes.indexOf(tab, start);
		const end = bytes.indexOf(newline, start);
		if (idEnd === -1 || end === -1) {
			break;
		}

		const state = byBytes.get(bytes.toString('latin1', start, idEnd));
		const column = state === undefined ? -1 : bytes.indexOf(unreadColumn, idEnd);
		if (state !== undefined && column !== -1 && column < end) {
			parts.push(bytes.subarray(copied, column + 1), Buffer.from(state));
			copied = column + 1 + 'unread'.length;
		}

		start = end + 1;
	}

	if (parts.length === 0) {
		return rows;
	}

	parts.push(bytes.subarray(copied));
	return Buffer.concat(parts);
}
