import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const sampleArchiveDir = fileURLToPath(new URL('../../archive', import.meta.url));

export type CliResult = {stdout: string; stderr: string; code: number | null};

/** A scratch folder with XDG homes inside, removed by `cleanup`. */
export type TemporaryHome = {
	dir: string;
	env: NodeJS.ProcessEnv;
	cleanup: () => void;
};

export function temporaryHome(): TemporaryHome {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'bell-reader-test-'));
	return {
		dir,
		env: {
			XDG_CONFIG_HOME: path.join(dir, 'config'),
			XDG_DATA_HOME: path.join(dir, 'data'),
			XDG_CACHE_HOME: path.join(dir, 'cache'),
		},
		cleanup() {
			rmSync(dir, {recursive: true, force: true});
		},
	};
}

/** A writable copy of the sample archive inside `dir`. */
export function copySampleArchive(dir: string): string {
	const archive = path.join(dir, 'archive');
	cpSync(sampleArchiveDir, archive, {recursive: true});
	return archive;
}

/**
 * Runs the built `dist/cli.js` with a clean environment: English, no colour unless asked,
 * XDG folders from `env` (tests pass temporary ones), stdout and stderr piped.
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		encoding: 'utf8',
		env: {PATH: process.env.PATH, HOME: os.tmpdir(), LANG: 'C.UTF-8', ...env},
		timeout: 60_000,
	});
	return {stdout: result.stdout, stderr: result.stderr, code: result.status};
}
