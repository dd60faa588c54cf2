import {readdirSync, watch, type FSWatcher} from 'node:fs';
import path from 'node:path';

/**
 * Tells whether anything changed in a folder tree since it was last asked. One plain watch
 * per folder: Node 20's recursive watch on Linux watches every file one by one (slow to set
 * up, and 10,000 issues pass the usual inotify limit of 8,192). A folder's watch reports
 * files created, changed and removed in it.
 */
export type FolderWatcher = {
	/** True when a change was reported since the last call (or watching failed); resets it. */
	takeChanged(): boolean;
	close(): void;
};

function foldersBelow(root: string): string[] {
	const folders = [root];
	for (const entry of readdirSync(root, {withFileTypes: true, recursive: true})) {
		const folder = path.join(entry.parentPath, entry.name);
		// Hidden folders are not part of the archive (see listIssueFiles).
		if (entry.isDirectory() && !path.relative(root, folder).split(path.sep).some(part => part.startsWith('.'))) {
			folders.push(folder);
		}
	}

	return folders;
}

export function watchFolder(root: string): FolderWatcher {
	const watchers = new Map<string, FSWatcher>();
	let changed = true;
	let broken = false;

	const stop = () => {
		for (const watcher of watchers.values()) {
			watcher.close();
		}

		watchers.clear();
	};

	/** Watches every folder of the tree not watched yet; a new folder is itself a change. */
	const cover = () => {
		try {
			for (const folder of foldersBelow(root)) {
				if (!watchers.has(folder)) {
					const watcher = watch(folder, {persistent: false}, () => {
						changed = true;
					});
					watcher.on('error', () => {
						// The folder went away, or watching failed: answer "changed" from now on.
						broken = true;
						stop();
					});
					watchers.set(folder, watcher);
				}
			}
		} catch {
			broken = true;
			stop();
		}
	};

	return {
		takeChanged() {
			if (broken) {
				return true;
			}

			const result = changed;
			changed = false;
			if (result) {
				// Folders created since the last look are watched before the caller reads the tree.
				cover();
			}

			return result || broken;
		},
		close() {
			broken = true;
			stop();
		},
	};
}
