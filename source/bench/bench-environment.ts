import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {watcherSocketPath} from '../watch/archive-watch.js';
import {askGeneration} from '../watch/generation-question.js';
import {stopWatcher} from '../watch/stop-watcher.js';

/** The built CLI next to this bundle (dist/bench.mjs → dist/cli.cjs). */
export const cliPath = fileURLToPath(new URL('cli.cjs', import.meta.url));
export const sampleArchive = fileURLToPath(new URL('../archive', import.meta.url));

export type BenchHome = {
	root: string;
	env: NodeJS.ProcessEnv;
	/** The same home with archive watchers turned off: every command checks every file. */
	unwatchedEnv: NodeJS.ProcessEnv;
	/** Polls, for a bounded while, until the watcher a command started for the archive answers. */
	untilWatched: (archiveDir: string) => Promise<void>;
	/** Stops the watchers the measured commands started, and removes the home. */
	remove: () => Promise<void>;
};

/** A temporary home: config, data and cache of the measured runs never touch the user's. */
export function benchHome(): BenchHome {
	const root = mkdtempSync(path.join(os.tmpdir(), 'bell-bench-'));
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: root,
		LANG: 'C.UTF-8',
		TERM: 'xterm-256color',
		XDG_CONFIG_HOME: path.join(root, 'config'),
		XDG_DATA_HOME: path.join(root, 'data'),
		XDG_CACHE_HOME: path.join(root, 'cache'),
	};
	const cacheDir = path.join(env.XDG_CACHE_HOME!, 'bell-reader');
	return {
		root,
		env,
		unwatchedEnv: {...env, BELL_READER_WATCHER: 'off'},
		async untilWatched(archiveDir) {
			const socketPath = watcherSocketPath(cacheDir, archiveDir);
			for (let attempt = 0; socketPath !== undefined && attempt < 100; attempt++) {
				if (await askGeneration(socketPath) !== undefined) {
					return;
				}

				await delay(50);
			}

			throw new Error(`no archive watcher answers for ${archiveDir}`);
		},
		async remove() {
			let sockets: string[] = [];
			try {
				sockets = readdirSync(cacheDir).filter(name => name.startsWith('watch-') && name.endsWith('.sock'));
			} catch {
				// No cache, no watcher.
			}

			await Promise.all(sockets.map(name => stopWatcher(path.join(cacheDir, name))));
			rmSync(root, {recursive: true, force: true});
		},
	};
}
