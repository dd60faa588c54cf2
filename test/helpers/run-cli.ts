import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** Runs the built CLI (dist/cli.js; `npm test` builds it first) with its data, config and cache in temporary folders. */

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {stdout: string; stderr: string; code: number | null};

export type TempHome = {root: string; env: NodeJS.ProcessEnv; archiveDir: string};

export function makeTempHome(prefix = 'bell-reader-test-'): TempHome {
	const root = mkdtempSync(path.join(os.tmpdir(), prefix));
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: root,
		XDG_CONFIG_HOME: path.join(root, 'config'),
		XDG_DATA_HOME: path.join(root, 'data'),
		XDG_CACHE_HOME: path.join(root, 'cache'),
		LANG: 'C.UTF-8',
		NO_COLOR: '1',
	};
	return {root, env, archiveDir: path.join(root, 'data', 'bell-reader', 'archive')};
}

export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...args], {env, cwd, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', code => {
			resolve({stdout, stderr, code});
		});
	});
}
