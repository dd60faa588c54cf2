import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The built CLI next to this bundle (dist/bench.mjs → dist/cli.cjs). */
export const cliPath = fileURLToPath(new URL('cli.cjs', import.meta.url));
export const sampleArchive = fileURLToPath(new URL('../archive', import.meta.url));

export type BenchHome = {root: string; env: NodeJS.ProcessEnv; remove: () => void};

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
	return {
		root,
		env,
		remove() {
			rmSync(root, {recursive: true, force: true});
		},
	};
}
