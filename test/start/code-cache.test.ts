import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli, sampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

// The bin starts the bundle through V8's code cache: written by the first start, used by
// later ones, and replaced when it does not fit (damaged, or from another Node).

let home: TemporaryHome;
let codeDir: string;

beforeEach(() => {
	home = temporaryHome();
	codeDir = path.join(home.cacheDir, 'code');
});

afterEach(() => {
	home.remove();
});

const exportLatest = () => runCli(['export', 'latest', '--format', 'json', '--archive', sampleArchive], home.env);

describe('the code cache', () => {
	it('is written by the first start for each bundled file it ran, and later starts answer the same', async () => {
		const first = await exportLatest();
		expect(first.code).toBe(0);
		const written = readdirSync(codeDir).sort();
		expect(written).toContain('main.cjs.bin');
		expect(written.every(name => name.endsWith('.bin'))).toBe(true);
		const second = await exportLatest();
		expect(second).toEqual(first);
	});

	it('is compiled anew and replaced when it is damaged, with the same answer', async () => {
		const first = await exportLatest();
		const cacheFile = path.join(codeDir, 'main.cjs.bin');
		writeFileSync(cacheFile, 'not a code cache');
		expect(await exportLatest()).toEqual(first);
		expect(readFileSync(cacheFile, 'utf8')).not.toBe('not a code cache');
		expect(await exportLatest()).toEqual(first);
	});

	it('costs nothing but speed when the cache folder cannot be written', async () => {
		writeFileSync(path.join(home.root, 'not-a-folder'), '');
		const result = await runCli(['list', '--archive', sampleArchive], {...home.env, XDG_CACHE_HOME: path.join(home.root, 'not-a-folder')});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n')).toHaveLength(13);
	});
});
