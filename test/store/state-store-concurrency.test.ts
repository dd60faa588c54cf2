import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {StateStore} from '../../source/store/state-store.js';

// Two bell-readers in two terminals, both saving positions and bookmarks as fast as they can:
// without the lock, conf's read-modify-write silently loses up to a quarter of the changes.

let dir: string;
let writer: string;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'bell-concurrency-'));
	writer = path.join(dir, 'writer.mjs');
	await build({
		entryPoints: [fileURLToPath(new URL('concurrent-writer.ts', import.meta.url))],
		outfile: writer,
		bundle: true,
		platform: 'node',
		format: 'esm',
		banner: {js: "import {createRequire} from 'node:module';const require = createRequire(import.meta.url);"},
		logLevel: 'warning',
	});
});

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
});

function runWriter(configDir: string, name: string, count: number): Promise<{code: number | null; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [writer, configDir, name, String(count)], {stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', code => {
			resolve({code, stderr});
		});
	});
}

describe('two processes changing the state at once', () => {
	it('lose nothing', async () => {
		const configDir = path.join(dir, 'config');
		const count = 300;
		const results = await Promise.all([runWriter(configDir, 'left', count), runWriter(configDir, 'right', count)]);
		expect(results).toEqual([{code: 0, stderr: ''}, {code: 0, stderr: ''}]);

		const state = new StateStore(configDir, () => {}).read();
		expect(state.bookmarks).toHaveLength(2 * count);
		expect(Object.keys(state.issues)).toHaveLength(2 * count);
	}, 120_000);
});
