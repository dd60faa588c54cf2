import {spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The built binary, as `npx bell-reader` runs it (`npm test` builds first). */
export const cliPath = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
export const sampleArchive = fileURLToPath(new URL('../../archive', import.meta.url));

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** A home of its own: XDG config, data and cache folders in a temporary directory. */
export type TemporaryHome = {
	root: string;
	env: NodeJS.ProcessEnv;
	configDir: string;
	userArchive: string;
	cacheDir: string;
	remove: () => void;
};

export function temporaryHome(): TemporaryHome {
	const root = mkdtempSync(path.join(os.tmpdir(), 'bell-home-'));
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: root,
		XDG_CONFIG_HOME: path.join(root, 'config'),
		XDG_DATA_HOME: path.join(root, 'data'),
		XDG_CACHE_HOME: path.join(root, 'cache'),
		LANG: 'C.UTF-8',
	};
	mkdirSync(env.XDG_CONFIG_HOME!, {recursive: true});
	return {
		root,
		env,
		configDir: path.join(env.XDG_CONFIG_HOME!, 'bell-reader'),
		userArchive: path.join(env.XDG_DATA_HOME!, 'bell-reader', 'archive'),
		cacheDir: path.join(env.XDG_CACHE_HOME!, 'bell-reader'),
		remove() {
			rmSync(root, {recursive: true, force: true});
		},
	};
}

/** Spawns a program and collects what it writes; the exit code is null when a signal ended it. */
function collect(command: string, args: readonly string[], options: {env: NodeJS.ProcessEnv; cwd?: string; input?: string}): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		// Decoded as a stream: a Cyrillic letter can arrive split between two chunks.
		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			stdout += chunk;
		});
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', code => {
			resolve({code, stdout, stderr});
		});
		child.stdin.end(options.input ?? '');
	});
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv, options: {input?: string; cwd?: string} = {}): Promise<CliResult> {
	return collect(process.execPath, [cliPath, ...args], {env, ...options});
}

/** Runs a shell pipeline (bash, for pipefail) with `bell-reader` standing for the built binary. */
export function runPipeline(script: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
	return collect('bash', ['-c', `set -o pipefail; bell-reader() { "${process.execPath}" "${cliPath}" "$@"; }; ${script}`], {env});
}

/** A temporary home whose user archive is its `archiveDir` (import tests write into it). */
export type TempHome = {root: string; env: NodeJS.ProcessEnv; archiveDir: string};

export function makeTempHome(): TempHome {
	const home = temporaryHome();
	return {root: home.root, env: {...home.env, NO_COLOR: '1'}, archiveDir: home.userArchive};
}

/** A writable copy of the sample archive inside `dir`. */
export function copySampleArchive(dir: string): string {
	const archive = path.join(dir, 'archive');
	cpSync(sampleArchive, archive, {recursive: true});
	return archive;
}

/** {@link runCli}, synchronously: for tests that run many quick searches in a row. */
export function runCliSync(args: readonly string[], env: NodeJS.ProcessEnv): CliResult {
	const result = spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', env, timeout: 60_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
