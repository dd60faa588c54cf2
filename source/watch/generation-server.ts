import {chmodSync, existsSync, rmSync} from 'node:fs';
import {createConnection, createServer, type Server} from 'node:net';
import {watchFolder} from '../search/folder-watcher.js';

/**
 * The archive watcher's service: it watches an archive folder and answers each question
 * with the archive's generation, a name for the archive as it stands that changes whenever
 * anything in the folder changes. A command that stored the generation with its cache
 * (catalog, search index) after checking every file, and is given the same one again, knows
 * no file changed since: it skips checking 10,000 files, which is most of a `list` or a
 * one-off `search` (git's fsmonitor and watchman do the same for `git status`).
 *
 * The answer must cover every change made before the question was asked. A change the
 * system reported is queued before the asking process even starts, so when the question is
 * read the change is readable too; both are handled in the same turn of the event loop, and
 * answering in setImmediate (after that turn's events) takes it in.
 */

export type GenerationService = {close(): void};

export type GenerationServiceOptions = {
	root: string;
	socketPath: string;
	/** Stops after this long without a question: a watcher nobody asks costs memory for nothing. */
	idleMs: number;
	/** Called once, when the service stops (idle, told to, or the folder went away). */
	onStop?: () => void;
};

/** How often the service checks that the folder it watches is still there. */
const folderCheckMs = 10_000;

function listen(server: Server, socketPath: string): Promise<NodeJS.ErrnoException | undefined> {
	return new Promise(resolve => {
		const failed = (error: NodeJS.ErrnoException) => {
			resolve(error);
		};

		server.once('error', failed);
		server.listen(socketPath, () => {
			server.off('error', failed);
			resolve(undefined);
		});
	});
}

/** Whether a process answers on the socket: a leftover file from a killed watcher does not. */
function answers(socketPath: string): Promise<boolean> {
	return new Promise(resolve => {
		const socket = createConnection(socketPath);
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => {
			resolve(false);
		});
	});
}

/** Starts the service; undefined when another watcher already serves this socket (or none can). */
export async function serveGenerations({root, socketPath, idleMs, onStop}: GenerationServiceOptions): Promise<GenerationService | undefined> {
	// Watching starts before the first answer: changes from then on are all seen.
	const watcher = watchFolder(root);
	const instance = `${process.pid}-${Date.now().toString(36)}`;
	let changes = 0;
	let stopped = false;
	let idleTimer: NodeJS.Timeout | undefined;

	const server = createServer(socket => {
		socket.setEncoding('utf8');
		socket.on('error', () => {
			// The asker gave up; nothing to tell it.
		});
		let request = '';
		socket.on('data', chunk => {
			request += chunk;
			const end = request.indexOf('\n');
			if (end === -1) {
				return;
			}

			const command = request.slice(0, end);
			setImmediate(() => {
				if (command === 'stop') {
					socket.end('stopping\n');
					stop();
					return;
				}

				const seen = watcher.takeChanges();
				if (seen === 'all' || seen.size > 0) {
					changes++;
					// New folders are watched before anyone checks their files.
					watcher.cover();
				}

				if (!watcher.working()) {
					// An empty answer: no generation, so the asker checks every file.
					socket.end('\n');
					stop();
					return;
				}

				socket.end(`${instance}.${changes}\n`);
				idleTimer?.refresh();
			});
		});
	});

	let folderCheck: NodeJS.Timeout | undefined;
	const stop = () => {
		if (stopped) {
			return;
		}

		stopped = true;
		clearTimeout(idleTimer);
		clearInterval(folderCheck);
		watcher.close();
		server.close();
		rmSync(socketPath, {force: true});
		onStop?.();
	};

	let error = await listen(server, socketPath);
	if (error?.code === 'EADDRINUSE' && !await answers(socketPath)) {
		rmSync(socketPath, {force: true});
		error = await listen(server, socketPath);
	}

	if (error !== undefined) {
		// The socket is another watcher's, or none can be made: leave it as it is.
		watcher.close();
		return undefined;
	}

	if (!watcher.working()) {
		stop();
		return undefined;
	}

	// Only its owner may ask: the answers say when the archive changes.
	chmodSync(socketPath, 0o600);
	idleTimer = setTimeout(stop, idleMs);
	folderCheck = setInterval(() => {
		if (!existsSync(root) || !watcher.working()) {
			stop();
		}
	}, folderCheckMs);
	return {close: stop};
}
