import {closeSync, openSync, readFileSync, rmSync, statSync, writeSync} from 'node:fs';

/**
 * A lock file next to the config, held for one read-modify-write. conf writes atomically
 * but two processes that both read, change and write lose each other's changes, with no
 * error, so every change happens under this lock.
 *
 * Synchronous, because conf is: the critical section is a read and a write of a small file.
 */

export class LockTimeoutError extends Error {
	override readonly name = 'LockTimeoutError';

	constructor(readonly lockPath: string) {
		super(`${lockPath} is held by another bell-reader; try again, or remove it if none is running`);
	}
}

// A holder that crashed leaves its file behind; no change takes this long, so it is stale.
const staleAfterMs = 10_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(milliseconds: number): void {
	Atomics.wait(sleeper, 0, 0, milliseconds);
}

function holderIsGone(lockPath: string): boolean {
	try {
		const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
		if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
			try {
				process.kill(pid, 0);
			} catch (error) {
				return (error as NodeJS.ErrnoException).code === 'ESRCH';
			}
		}

		return Date.now() - statSync(lockPath).mtimeMs > staleAfterMs;
	} catch {
		// Gone between our attempt and this check: try again.
		return false;
	}
}

export function withFileLock<T>(lockPath: string, action: () => T, timeoutMs = 5000): T {
	const deadline = Date.now() + timeoutMs;
	let wait = 1;
	let descriptor: number | undefined;
	while (descriptor === undefined) {
		try {
			descriptor = openSync(lockPath, 'wx');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw error;
			}

			if (holderIsGone(lockPath)) {
				rmSync(lockPath, {force: true});
				continue;
			}

			if (Date.now() > deadline) {
				throw new LockTimeoutError(lockPath);
			}

			sleep(wait);
			wait = Math.min(wait * 2, 25);
		}
	}

	try {
		try {
			writeSync(descriptor, String(process.pid));
		} finally {
			closeSync(descriptor);
		}

		return action();
	} finally {
		rmSync(lockPath, {force: true});
	}
}
