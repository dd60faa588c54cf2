import {readFileSync} from 'node:fs';
import path from 'node:path';
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

describe('the bundle', () => {
	/** Files the CLI entry loads before running anything: its static imports, transitively. */
	function staticImports(file: string, seen = new Set<string>()): Set<string> {
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(/^import\s[^;]*?from\s*"(\.[^"]+)"/gmu)) {
			const target = path.resolve(path.dirname(file), match[1]!);
			if (!seen.has(target)) {
				staticImports(target, seen);
			}
		}

		return seen;
	}

	it('does not load Ink, React or yoga on printing paths', () => {
		const loaded = [...staticImports(cliPath)];
		expect(loaded.length).toBeGreaterThan(1);
		for (const file of loaded) {
			const source = readFileSync(file, 'utf8');
			expect(source, file).not.toMatch(/yoga|react\.transitional\.element|useInput/u);
		}

		const all = readFileSync(cliPath, 'utf8');
		expect(all).toMatch(/import\("\.\/chunks\/run-interactive-[^"]+"\)/u);
	});
});
