import {existsSync, statfsSync} from 'node:fs';
import path from 'node:path';
import {pathKey} from '../archive/path-key.js';
import {askGeneration} from './generation-question.js';

/**
 * What a command asks about the archive watcher (see generation-server.ts), and when it
 * starts one. Only archives big enough to gain from it get a watcher; a small one is checked
 * file by file in a few milliseconds.
 */

export type ArchiveWatch = {
	/**
	 * The archive's generation, or undefined when no watcher answers: then every file must be
	 * checked. Asked once: every later call in the same command gets the same answer.
	 */
	generation(): Promise<string | undefined>;
	/** Told after every file was checked: starts a watcher when the archive gains from one and none answered. */
	checked(files: number, links: boolean): void;
};

/**
 * Whether what a full check found (a cache, an index) is still the archive's: the watcher
 * gives the generation it was checked at. Never when some issue file is a link, since a
 * link's target can change where no watcher of the folder looks.
 */
export function stillHolds(checked: {generation?: string; links: boolean}, generation: string | undefined): boolean {
	return generation !== undefined && checked.generation === generation && !checked.links;
}

/** From this many issue files on, a watcher saves more than it costs: asking takes under 1 ms, but it holds ~48 MB. */
export const watchMinFiles = 1000;

/** A watcher nobody asked for this long stops. */
export const watcherIdleMs = 30 * 60 * 1000;

/**
 * Local file systems whose changes the system reports (statfs magic numbers). A network
 * share is changed by other machines without a word, so it is always checked file by file.
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

/** The socket's address must fit in sun_path (108 bytes on Linux). */
const maxSocketPath = 100;

export function watcherSocketPath(cacheDir: string, archiveDir: string): string | undefined {
	const socketPath = path.join(cacheDir, `watch-${pathKey(path.resolve(archiveDir))}.sock`);
	return Buffer.byteLength(socketPath) <= maxSocketPath ? socketPath : undefined;
}

function reportsChanges(archiveDir: string): boolean {
	try {
		return reportingFileSystems.has(Number(statfsSync(archiveDir).type));
	} catch {
		return false;
	}
}

export type ArchiveWatchOptions = {
	cacheDir: string;
	archiveDir: string;
	/** The watcher's program (dist/watcher.cjs); undefined: no watcher is asked or started. */
	script: string | undefined;
};

export function archiveWatch({cacheDir, archiveDir, script}: ArchiveWatchOptions): ArchiveWatch {
	// Linux only: the answer's promise (generation-server.ts) rests on how inotify queues changes.
	const socketPath = script === undefined || process.platform !== 'linux' ? undefined : watcherSocketPath(cacheDir, archiveDir);
	let answered = false;
	let asked: Promise<string | undefined> | undefined;
	// The question goes out as soon as this is called (see askGeneration).
	const ask = async () => {
		// No socket, no watcher (it goes with its folder of questions): a start on an archive
		// never watched looks for nothing more, and reading a missing owner file would throw.
		if (socketPath === undefined || !existsSync(socketPath)) {
			return undefined;
		}

		const generation = await askGeneration(socketPath);
		answered = generation !== undefined;
		return generation;
	};

	return {
		generation() {
			asked ??= ask();
			return asked;
		},
		checked(files, links) {
			// A link's target may change outside the folder, where no watcher looks.
			if (socketPath === undefined || script === undefined || answered || links || files < watchMinFiles || !reportsChanges(archiveDir)) {
				return;
			}

			void startWatcher(script, archiveDir, socketPath);
		},
	};
}

async function startWatcher(script: string, archiveDir: string, socketPath: string): Promise<void> {
	// Loaded only on the one start that launches the watcher.
	const {spawn} = await import('node:child_process');
	// Without a watcher every file is checked, as before: slower, never wrong. So a failure
	// to start one is let go, whether thrown or reported later.
	try {
		const child = spawn(process.execPath, [script, path.resolve(archiveDir), socketPath, String(watcherIdleMs)], {
			detached: true,
			stdio: 'ignore',
			// Not the user's folder: a watcher must not keep busy a folder they want to unmount.
			cwd: path.dirname(socketPath),
		});
		child.on('error', () => undefined);
		child.unref();
	} catch {}
}
