import {existsSync} from 'node:fs';
import path from 'node:path';
import {pathKey} from '../archive/path-key.js';
import {askGeneration, ownerName} from './watcher-question.js';

/**
 * What a command asks of the archive watcher, the opt-in process that `bell-reader watch`
 * runs (watch/). Without one, which is the default, every command checks every file itself.
 * With one, a cache checked at the generation the watcher still gives is the archive's as
 * it is, and its files need not be looked at.
 */

export type ArchiveWatch = {
	/**
	 * The archive's generation, or undefined when no watcher answers: then every file must be
	 * checked. Asked once: every later call in the same command gets the same answer.
	 */
	generation(): Promise<string | undefined>;
};

/** No watcher: every file is checked. */
export const noArchiveWatch: ArchiveWatch = {
	generation: async () => undefined,
};

/**
 * Whether what a full check found (a cache, an index) is still the archive's: the watcher
 * gives the generation it was checked at. Never when some issue file is a link, since a
 * link's target can change where no watcher of the folder looks.
 */
export function stillHolds(checked: {generation?: string; links: boolean}, generation: string | undefined): boolean {
	return generation !== undefined && checked.generation === generation && !checked.links;
}

/** The watcher's folder for an archive: its owner file (the lock), and the questions and answers. */
export function watcherFolder(cacheDir: string, archiveDir: string): string {
	return path.join(cacheDir, `watch-${pathKey(path.resolve(archiveDir))}`);
}

/** The watch a command asks: the archive's watcher when one runs (Linux only). */
export function archiveWatch(cacheDir: string, archiveDir: string): ArchiveWatch {
	// Linux only: the answer's promise rests on how inotify queues changes (see watch/).
	if (process.platform !== 'linux') {
		return noArchiveWatch;
	}

	const folder = watcherFolder(cacheDir, archiveDir);
	let asked: Promise<string | undefined> | undefined;
	return {
		generation() {
			// No owner file, no watcher: a start on an archive nobody watches looks no further.
			asked ??= existsSync(path.join(folder, ownerName)) ? askGeneration(folder) : Promise.resolve(undefined);
			return asked;
		},
	};
}
