import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from 'node-pty';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cliPath, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	home.remove();
});

/** Runs a shell command in a pseudo-terminal: stdout is a terminal, stdin whatever the command redirects. */
function inTerminal(command: string): Promise<{exitCode: number; output: string}> {
	return new Promise(resolve => {
		const {CI: _ci, ...env} = home.env;
		const child = pty.spawn('bash', ['-c', command], {cols: 80, rows: 24, env: env as Record<string, string>});
		let output = '';
		child.onData(data => {
			output += data;
		});
		child.onExit(({exitCode}) => {
			resolve({exitCode, output});
		});
	});
}

describe('starting the interactive reader', () => {
	it('refuses with a clear message and exit 2 when only stdin is redirected', async () => {
		for (const args of ['', 'latest', 'read 2026-03']) {
			const result = await inTerminal(`"${process.execPath}" "${cliPath}" ${args} < /dev/null`);
			expect(result.exitCode, args).toBe(2);
			expect(result.output).toMatch(/^bell-reader: the reader needs a terminal on stdin/u);
			expect(result.output).not.toContain('Raw mode');
			expect(result.output).not.toContain('\u001B[?1049h');
		}
	});

	it('prints when stdout is redirected even though stdin is a terminal', async () => {
		const out = path.join(home.root, 'out.txt');
		const result = await inTerminal(`"${process.execPath}" "${cliPath}" latest > "${out}"`);
		expect(result.exitCode).toBe(0);
		expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('Золото по $4500. Почему ЦБ и россияне скупают слитки');
	});
});

describe('what each start loads', () => {
	const recorder = fileURLToPath(new URL('../helpers/record-module-loads.cjs', import.meta.url));
	let logCount = 0;

	/** The sources and packages bundled into the files a command's start loaded, by esbuild's metafile (dist/meta.json). */
	function inputsLoaded(args: string[]): string[] {
		const log = path.join(home.root, `loads-${logCount++}.txt`);
		const result = spawnSync(process.execPath, ['--require', recorder, cliPath, ...args], {env: {...home.env, BELL_LOAD_LOG: log}, encoding: 'utf8'});
		expect(result.status, result.stderr).toBe(0);
		const distDir = path.dirname(cliPath);
		const meta = JSON.parse(readFileSync(path.join(distDir, 'meta.json'), 'utf8')) as {outputs: Record<string, {inputs: Record<string, unknown>}>};
		return readFileSync(log, 'utf8').trim().split('\n')
			.flatMap(file => Object.keys(meta.outputs[path.relative(path.dirname(distDir), file)]?.inputs ?? {}));
	}

	/** The bundled packages a command's start loaded. */
	function packagesLoaded(args: string[]): Set<string> {
		const packages = new Set<string>();
		for (const input of inputsLoaded(args)) {
			const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input);
			if (match) {
				packages.add(match[1]!);
			}
		}

		return packages;
	}

	it.each([
		[['list']],
		[['latest']],
		[['export', 'latest', '--format', 'json']],
		[['export', '2026-05', '--format', 'markdown']],
		[['bookmarks']],
	])('%j loads neither Ink, React, yoga nor conf, nor the Markdown reader or hyphenation for page dumps', args => {
		// The first run that reads a story catalogues the archive and learns its boilerplate
		// (parsing the Markdown issues too); this is about later starts.
		packagesLoaded(['latest']);
		const loaded = packagesLoaded(args);
		for (const heavy of ['ink', 'react', 'react-reconciler', 'yoga-layout', 'conf', 'ajv', 'marked', 'yaml', 'hyphen']) {
			expect(loaded.has(heavy), `${heavy} in ${[...loaded].join(', ')}`).toBe(false);
		}
	});

	it('leaves the search dictionary to searches', () => {
		const dictionary = 'source/search/russian-dictionary.ts';
		for (const args of [['list'], ['latest'], ['export', 'latest', '--format', 'json'], ['bookmarks']]) {
			expect(inputsLoaded(args), args.join(' ')).not.toContain(dictionary);
		}

		expect(inputsLoaded(['search', 'банк'])).toContain(dictionary);
	});

	it('loads the Markdown reader for a Markdown issue, hyphenation when asked, conf to write', () => {
		expect(packagesLoaded(['read', 'grain-exports']).has('marked')).toBe(true);
		expect(packagesLoaded(['latest', '--width', '40', '--hyphenate']).has('hyphen')).toBe(true);
		expect(packagesLoaded(['mark', 'latest']).has('conf')).toBe(true);
	});
});
