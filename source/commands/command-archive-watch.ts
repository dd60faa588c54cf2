import {archiveWatch, type ArchiveWatch} from '../watch/archive-watch.js';
import type {CommandContext} from './command-context.js';

/** The watcher of the command's archive, asked and started as its environment allows (BELL_READER_WATCHER=off: never). */
export function commandArchiveWatch(context: CommandContext): ArchiveWatch {
	return archiveWatch({cacheDir: context.paths.cacheDir, archiveDir: context.archiveDir, script: context.watcherScript});
}
