import {readdirSync, statSync, watch, type FSWatcher} from 'node:fs';
import path from 'node:path';
import {isHiddenBelow} from './archive-folder.js';

/**
 * What changed in a folder tree since it was last asked. One plain watch per folder: Node
 * 20's recursive watch on Linux watches every file one by one (slow to set up, and 10,000
 * issues pass the usual inotify limit of 8,192). A folder's watch names the files created,
 * changed and removed in it.
 */
export type FolderWatcher = {
	/**
	 * The paths reported since the last call (then forgotten), or `all` when they cannot be
	 * trusted to be complete (watching failed, an event named no file, too many changes).
	 */
	takeChanges(): Set<string> | 'all';
	/** Watches folders made since the watcher started; call after reading the whole tree. */
	cover(): void;
	/** False once watching failed or the folder went away: changes are no longer seen. */
	working(): boolean;
	close(): void;
};

/** Past this many changed paths, checking every file is as cheap and simpler. */
const maxTrackedChanges = 1000;

function foldersBelow(root: string): string[] {
	const folders = [root];
	for (const entry of readdirSync(root, {withFileTypes: true, recursive: true})) {
		const folder = path.join(entry.parentPath, entry.name);
		// Hidden folders are not part of the archive (see listIssueFiles).
		if (entry.isDirectory() && !isHiddenBelow(root, folder)) {
			folders.push(folder);
		}
	}

	return folders;
}

/** Which folder a path names now: a folder removed and made again, or another moved in its place, is another. */
function folderIdentity(folder: string): string | undefined {
	const stats = statSync(folder, {throwIfNoEntry: false});
	return stats?.isDirectory() ? `${stats.dev}:${stats.ino}` : undefined;
}

export function watchFolder(root: string): FolderWatcher {
	const watchers = new Map<string, FSWatcher>();
	let changes = new Set<string>();
	let all = false;
	let broken = false;
	// A watch follows the folder, not its path: if the root is replaced, nothing is seen any more.
	const rootIdentity = folderIdentity(root);

	const stop = () => {
		for (const watcher of watchers.values()) {
			watcher.close();
		}

		watchers.clear();
	};

	const fail = () => {
		// The folder went away, or watching failed: every answer is "check everything" now.
		broken = true;
		stop();
	};

	const cover = () => {
		if (broken) {
			return;
		}

		try {
			for (const folder of foldersBelow(root)) {
				if (!watchers.has(folder)) {
					const watcher = watch(folder, {persistent: false}, (_event, name) => {
						if (name === null || changes.size >= maxTrackedChanges) {
							all = true;
							return;
						}

						const changed = path.join(folder, name);
						changes.add(changed);
						// A watched folder removed or replaced: its watch died with it; the next cover() watches what is there now.
						const inner = changed === folder ? undefined : watchers.get(changed);
						if (inner !== undefined) {
							inner.close();
							watchers.delete(changed);
						}
					});
					watcher.on('error', fail);
					watchers.set(folder, watcher);
				}
			}
		} catch {
			fail();
		}
	};

	cover();
	return {
		takeChanges() {
			if (!broken && folderIdentity(root) !== rootIdentity) {
				fail();
			}

			const taken = broken || all ? 'all' : changes;
			changes = new Set();
			all = false;
			return taken;
		},
		cover,
		working: () => !broken,
		close() {
			broken = true;
			stop();
		},
	};
}
