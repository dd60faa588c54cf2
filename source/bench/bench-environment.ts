import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {watcherFolder} from '../library/archive-watch.js';
import {askGeneration} from '../library/watcher-question.js';

/** The built CLI next to this bundle (dist/bench.mjs → dist/cli.cjs). */
export const cliPath = fileURLToPath(new URL('cli.cjs', import.meta.url));
export const sampleArchive = fileURLToPath(new URL('../archive', import.meta.url));

export type BenchHome = {
	root: string;
	env: NodeJS.ProcessEnv;
	/** The same home with watchers never asked: every command checks every file. */
	unwatchedEnv: NodeJS.ProcessEnv;
	/** Starts `bell-reader watch` on the archive and waits (up to 10 s) until it answers. */
	watch: (archiveDir: string) => Promise<void>;
	/** Stops the watchers started, and removes the home. */
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
	const watchers: ChildProcess[] = [];
	return {
		root,
		env,
		unwatchedEnv: {...env, BELL_READER_WATCHER: 'off'},
		async watch(archiveDir) {
			const child = spawn(process.execPath, [cliPath, 'watch', '--archive', archiveDir], {env, stdio: 'ignore'});
			watchers.push(child);
			for (let attempt = 0; attempt < 200; attempt++) {
				if (await askGeneration(watcherFolder(cacheDir, archiveDir)) !== undefined) {
					return;
				}

				await delay(50);
			}

			throw new Error(`no archive watcher answers for ${archiveDir}`);
		},
		async remove() {
			await Promise.all(watchers.map(async child => {
				if (child.exitCode === null && child.signalCode === null) {
					const exited = new Promise(resolve => child.once('exit', resolve));
					child.kill('SIGTERM');
					await exited;
				}
			}));
			rmSync(root, {recursive: true, force: true});
		},
	};
}
