import {existsSync, rmSync, statfsSync} from 'node:fs';
import path from 'node:path';
import {watcherFolder} from '../library/archive-watch.js';
import {ownerName, runningOwner} from '../library/watcher-question.js';
import {serveGenerations} from '../watch/generation-server.js';
import {CommandError, type CommandContext} from './command-context.js';

/**
 * `watch [--stop]`: the opt-in archive watcher, in the foreground, until Ctrl+C, SIGTERM or
 * `watch --stop` (git's fsmonitor in spirit). While it runs, commands on this archive ask it
 * whether anything changed instead of checking every file themselves. It is the only
 * bell-reader process that outlives nothing but the user's wish: no command starts one.
 */

/**
 * Local file systems whose changes the system reports (statfs magic numbers). A network
 * share is changed by other machines without a word, so it is never watched.
 */
const reportingFileSystems = new Set([
	0xEF_53, // ext2, ext3, ext4
	0x58_46_53_42, // xfs
	0x91_23_68_3E, // btrfs
	0x01_02_19_94, // tmpfs
	0x79_4C_76_30, // overlayfs
	0x2F_C1_2F_C1, // zfs
	0xF2_F5_20_10, // f2fs
	0xCA_45_1A_4E, // bcachefs
]);

function reportsChanges(archiveDir: string): boolean {
	try {
		return reportingFileSystems.has(Number(statfsSync(archiveDir).type));
	} catch {
		return false;
	}
}

export async function watchCommand(context: CommandContext): Promise<void> {
	const {archiveDir, messages} = context;
	const folder = watcherFolder(context.paths.cacheDir, archiveDir);
	if (context.flags.stop) {
		// The watcher sees its owner file go and stops; commands stop asking at once.
		if (runningOwner(folder) === undefined) {
			context.warn(messages.noWatcher(archiveDir));
			return;
		}

		rmSync(path.join(folder, ownerName), {force: true});
		context.warn(messages.stoppedWatcher(archiveDir));
		return;
	}

	if (process.platform !== 'linux') {
		throw new CommandError(messages.watchNeedsLinux);
	}

	if (!existsSync(archiveDir)) {
		throw new CommandError(messages.cannotReadArchive(archiveDir, 'ENOENT'));
	}

	if (!reportsChanges(archiveDir)) {
		throw new CommandError(messages.watchNeedsLocalDisk(archiveDir));
	}

	const service = serveGenerations({root: archiveDir, folder});
	if ('problem' in service) {
		throw new CommandError(service.problem === 'already-watched' ? messages.alreadyWatched(archiveDir, service.pid) : messages.cannotWatch(archiveDir));
	}

	const stop = () => {
		service.close();
	};

	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, stop);
	}

	context.warn(messages.watching(archiveDir));
	await service.stopped;
	context.warn(messages.watchStopped(archiveDir));
}
