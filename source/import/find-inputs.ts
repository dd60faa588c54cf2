import {closeSync, openSync, readdirSync, readSync, statSync} from 'node:fs';
import path from 'node:path';
import {fsErrorCode} from '../library/archive-folder.js';
import type {FailedImport} from './import-report.js';
import {kindByContent, kindByName, type InputKind} from './input-kind.js';

/** One input to convert: a file of a known kind, or a Substack export unpacked into a folder. */
export type Input = {file: string; kind: InputKind | 'substack-folder'; bytes: number};

export type Found = {inputs: Input[]; failed: FailedImport[]};

function readHead(file: string): Uint8Array {
	const head = new Uint8Array(4096);
	const descriptor = openSync(file, 'r');
	try {
		return head.subarray(0, readSync(descriptor, head, 0, head.length, 0));
	} finally {
		closeSync(descriptor);
	}
}

/** Folders a browser writes beside a saved page hold its scripts and frames, not imported. */
function isSavedPageAssets(name: string): boolean {
	return /[_.]files$/iu.test(name);
}

function isSubstackFolder(dir: string): boolean {
	try {
		return statSync(path.join(dir, 'posts.csv')).isFile() && statSync(path.join(dir, 'posts')).isDirectory();
	} catch {
		return false;
	}
}

function walkFolder(dir: string, found: Found): void {
	if (isSubstackFolder(dir)) {
		found.inputs.push({file: dir, kind: 'substack-folder', bytes: 0});
		return;
	}

	let entries;
	try {
		entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name));
	} catch (error) {
		found.failed.push({source: {file: dir}, problem: {kind: 'unreadable', detail: fsErrorCode(error)}});
		return;
	}

	for (const entry of entries) {
		const file = path.join(dir, entry.name);
		if (entry.name.startsWith('.')) {
			continue;
		}

		// Linked folders are not followed, so a link loop cannot trap the walk.
		if (entry.isDirectory()) {
			if (!isSavedPageAssets(entry.name)) {
				walkFolder(file, found);
			}

			continue;
		}

		try {
			const stats = statSync(file);
			if (!stats.isFile()) {
				continue;
			}

			const kind = kindByName(file) ?? (path.extname(file) === '' ? kindByContent(readHead(file)) : undefined);
			// In a folder, files of other kinds (images, styles) are passed over without a word.
			if (kind !== undefined) {
				found.inputs.push({file, kind, bytes: stats.size});
			}
		} catch (error) {
			found.failed.push({source: {file}, problem: {kind: 'unreadable', detail: fsErrorCode(error)}});
		}
	}
}

/** The inputs the paths name: files as given, folders walked. */
export function findInputs(paths: readonly string[]): Found {
	const found: Found = {inputs: [], failed: []};
	for (const given of paths) {
		const file = path.resolve(given);
		try {
			const stats = statSync(file);
			if (stats.isDirectory()) {
				walkFolder(file, found);
				continue;
			}

			if (!stats.isFile()) {
				// A named pipe or a device would block the import on its first read.
				found.failed.push({source: {file}, problem: {kind: 'unreadable', detail: 'ENOTREGULAR'}});
				continue;
			}

			if (path.basename(file).toLowerCase() === 'posts.csv' && isSubstackFolder(path.dirname(file))) {
				found.inputs.push({file: path.dirname(file), kind: 'substack-folder', bytes: 0});
				continue;
			}

			const kind = kindByName(file) ?? kindByContent(readHead(file));
			if (kind === undefined) {
				found.failed.push({source: {file}, problem: {kind: 'unsupported', extension: path.extname(file)}});
			} else {
				found.inputs.push({file, kind, bytes: stats.size});
			}
		} catch (error) {
			const code = fsErrorCode(error);
			found.failed.push({source: {file}, problem: code === 'ENOENT' ? {kind: 'missing'} : {kind: 'unreadable', detail: code}});
		}
	}

	return found;
}
