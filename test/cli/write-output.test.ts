import {spawn, spawnSync} from 'node:child_process';
import {closeSync, constants, copyFileSync, mkdirSync, openSync, readdirSync, readSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cliPath, runCli, sampleArchive, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

// Output through a descriptor left non-blocking by whoever started us (write-output.ts):
// a full pipe answers EAGAIN, and the rest must still arrive whole and in order.

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	home.remove();
});

/** Runs the CLI with stdout on a non-blocking FIFO that is read slowly, so the pipe fills up. */
async function runOnSlowNonBlockingPipe(args: readonly string[]): Promise<{code: number | null; stdout: string}> {
	const fifo = path.join(home.root, 'out.fifo');
	expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
	const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
	const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
	const child = spawn(process.execPath, [cliPath, ...args], {env: home.env, stdio: ['ignore', writer, 'ignore']});
	closeSync(writer);
	let exited = false;
	let code: number | null = null;
	child.on('exit', exitCode => {
		exited = true;
		code = exitCode;
	});

	const chunks: Buffer[] = [];
	const buffer = Buffer.alloc(4096);
	for (;;) {
		let read: number;
		try {
			read = readSync(reader, buffer, 0, buffer.length, null);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
				throw error;
			}

			// Nothing to read yet: poll until the writer has written more or is gone.
			await delay(1);
			continue;
		}

		// End of file: every writer is gone.
		if (read === 0 && exited) {
			break;
		}

		chunks.push(Buffer.from(buffer.subarray(0, read)));
		// Slower than the writer: the pipe fills, and the writer hears EAGAIN. The writer is
		// another process, so only real time can pace it (fake timers cannot); the outcome
		// checked does not depend on the pace, only how often the writer meets a full pipe.
		await delay(1);
	}

	closeSync(reader);
	return {code, stdout: Buffer.concat(chunks).toString('utf8')};
}

describe('output to a non-blocking pipe', () => {
	it('arrives whole and in order when the pipe is full', async () => {
		// Many times what a pipe holds (64 KB), written issue by issue.
		const archive = path.join(home.root, 'archive');
		for (let copy = 1; copy <= 5; copy++) {
			mkdirSync(path.join(archive, `copy-${copy}`), {recursive: true});
			for (const name of readdirSync(sampleArchive)) {
				copyFileSync(path.join(sampleArchive, name), path.join(archive, `copy-${copy}`, name.replace(/^(\d{4}-\d{2}-\d{2}-)?/u, `$1${copy}-`)));
			}
		}

		const args = ['export', 'all', '--format', 'json', '--archive', archive];
		const expected = await runCli(args, home.env);
		expect(Buffer.byteLength(expected.stdout)).toBeGreaterThan(6 * 64 * 1024);
		const result = await runOnSlowNonBlockingPipe(args);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(expected.stdout);
	});
});
