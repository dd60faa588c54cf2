import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {serveGenerations} from './generation-server.js';

// The archive watcher's process (dist/watcher.cjs), started detached by a command that had
// to check every file of a big archive: `watcher.cjs <archive> <socket> <idle ms>`.
// It prints nothing (no one reads its output) and stops by itself when idle.

async function main([root, socketPath, idle]: string[]): Promise<void> {
	const idleMs = Number(idle);
	if (root === undefined || socketPath === undefined || !Number.isFinite(idleMs) || idleMs <= 0) {
		process.exitCode = 2;
		return;
	}

	mkdirSync(path.dirname(socketPath), {recursive: true});
	// Undefined when another watcher serves this archive already, or this one cannot watch
	// it: the process then simply ends, as it does when the service stops.
	await serveGenerations({root, socketPath, idleMs});
}

main(process.argv.slice(2)).catch(() => {
	// Nobody reads a watcher's output; without it, commands check every file as before.
	process.exitCode = 1;
});
