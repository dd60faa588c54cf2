import {statSync} from 'node:fs';
import path from 'node:path';
import type {ArchiveListing} from './archive-folder.js';
import type {CachedFolder} from './catalog-cache.js';

/** What the last listing left: its folders with their times, when it was made, its files below the root. */
export type LastListing = {folders: readonly CachedFolder[] | undefined; listedAt: number; relatives: readonly string[]; links: boolean};

// The last listing of an archive, taken again only when a folder changed.

/**
 * How long before a listing a folder must have last changed for its modification time to
 * vouch for it later. A folder changed again within the same tick of the file system's
 * clock keeps its time; git's index has the same race, and settles it the same way.
 */
const racyFolderMs = 2000;

/**
 * The files of the last listing, when no folder changed since: a file added, removed or
 * renamed changes its folder's modification time. Undefined when any folder changed, is
 * gone, or changed too close to the listing to tell.
 */
export function unchangedListing(root: string, cache: LastListing): ArchiveListing | undefined {
	if (cache.folders === undefined || cache.folders.length === 0) {
		return undefined;
	}

	for (const [relative, mtimeMs] of cache.folders) {
		if (mtimeMs > cache.listedAt - racyFolderMs) {
			return undefined;
		}

		const folder = relative === '' ? root : `${root}${path.sep}${relative}`;
		if (statSync(folder, {throwIfNoEntry: false})?.mtimeMs !== mtimeMs) {
			return undefined;
		}
	}

	return {
		files: cache.relatives.map(relative => `${root}${path.sep}${relative}`),
		links: cache.links,
		folders: cache.folders.map(([relative]) => (relative === '' ? root : `${root}${path.sep}${relative}`)),
	};
}

/** Each folder's modification time, taken before its files are looked at; undefined when one cannot be had. */
export function folderTimes(root: string, folders: readonly string[]): CachedFolder[] | undefined {
	const times: CachedFolder[] = [];
	for (const folder of folders) {
		const mtimeMs = statSync(folder, {throwIfNoEntry: false})?.mtimeMs;
		if (mtimeMs === undefined) {
			return undefined;
		}

		times.push([folder === root ? '' : folder.slice(root.length + 1), mtimeMs]);
	}

	return times;
}
