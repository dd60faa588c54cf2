import {chmodSync, existsSync, mkdirSync, rmSync, watch, type FSWatcher} from 'node:fs';
import {createConnection, createServer, type Server} from 'node:net';
import path from 'node:path';
import {writeCacheFile} from '../archive/cache-file.js';
import {watchFolder} from '../search/folder-watcher.js';
import {askPrefix, answerPrefix, ownerLine, ownerName, questionFolderOf} from './generation-question.js';

/**
 * The archive watcher's service: it watches an archive folder and answers each question
 * with the archive's generation, a name for the archive as it stands that changes whenever
 * anything in the folder changes. A command that stored the generation with its cache
 * (catalog, search index) after checking every file, and is given the same one again, knows
 * no file changed since: it skips checking 10,000 files, which is most of a `list` or a
 * one-off `search` (git's fsmonitor and watchman do the same for `git status`).
 *
 * The answer must cover every change made before the question was asked. A question is a
 * file created in the watcher's folder of questions (generation-question.ts). libuv keeps
 * one inotify queue per process for every watch, so a change made before the question was
 * asked is queued before the question's file and is read no later than it; answering in
 * setImmediate, after that turn's events, takes the change in.
 */

export type GenerationService = {close(): void};

export type GenerationServiceOptions = {
	root: string;
	socketPath: string;
	/** Stops after this long without a question: a watcher nobody asks costs memory for nothing. */
	idleMs: number;
	/** Called once, when the service stops (idle, told to, or the folder went away). */
	onStop?: () => void;
	/** How long an answer stays for its asker, who waits 250 ms at most. */
	answerKeptMs?: number;
	/** How often the service checks that the archive folder and its own files are still there. */
	checkEveryMs?: number;
};

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
export async function serveGenerations({root, socketPath, idleMs, onStop, answerKeptMs = 2000, checkEveryMs = 10_000}: GenerationServiceOptions): Promise<GenerationService | undefined> {
	// Watching starts before the first answer: changes from then on are all seen.
	const watcher = watchFolder(root);
	const instance = `${process.pid}-${Date.now().toString(36)}`;
	const folder = questionFolderOf(socketPath);
	let changes = 0;
	let stopped = false;
	let idleTimer: NodeJS.Timeout | undefined;

	// The generation now, for one answer; undefined when the watcher can no longer vouch
	// for the archive (it then stops).
	const currentGeneration = (): string | undefined => {
		const seen = watcher.takeChanges();
		if (seen === 'all' || seen.size > 0) {
			changes++;
			// New folders are watched before anyone checks their files.
			watcher.cover();
		}

		if (!watcher.working()) {
			return undefined;
		}

		idleTimer?.refresh();
		return `${instance}.${changes}`;
	};

	// Called in setImmediate after the ask was seen: every change queued before it has been taken in.
	const answerAsk = (token: string) => {
		const askFile = path.join(folder, askPrefix + token);
		if (stopped || !existsSync(askFile)) {
			// Answered already (one ask can raise several events), or the asker gave up.
			return;
		}

		const generation = currentGeneration();
		const answerFile = path.join(folder, answerPrefix + token);
		// Written aside and renamed, so the asker never reads half an answer. Where the folder
		// is gone, nothing is written: the asker times out and checks every file.
		writeCacheFile(answerFile, `${generation ?? ''}\n`);
		rmSync(askFile, {force: true});
		// Removed here, not by the asker, whose every millisecond counts; it has read the
		// answer by then, or long given up.
		setTimeout(() => {
			rmSync(answerFile, {force: true});
		}, answerKeptMs).unref();

		if (generation === undefined) {
			stop();
		}
	};

	// The socket is the lock (one watcher per archive) and takes one command: stop.
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

			if (request.slice(0, end) === 'stop') {
				socket.end('stopping\n');
				stop();
			} else {
				socket.end('\n');
			}
		});
	});

	let folderCheck: NodeJS.Timeout | undefined;
	let questions: FSWatcher | undefined;
	const stop = () => {
		if (stopped) {
			return;
		}

		stopped = true;
		clearTimeout(idleTimer);
		clearInterval(folderCheck);
		watcher.close();
		questions?.close();
		// The questions' folder goes before the socket: a watcher that follows (it can start
		// once the socket is gone) makes a fresh one.
		rmSync(folder, {recursive: true, force: true});
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

	// Only its owner may tell it to stop.
	chmodSync(socketPath, 0o600);
	try {
		rmSync(folder, {recursive: true, force: true});
		mkdirSync(folder, {mode: 0o700});
		questions = watch(folder, (_event, name) => {
			if (typeof name === 'string' && name.startsWith(askPrefix)) {
				const token = name.slice(askPrefix.length);
				setImmediate(() => {
					answerAsk(token);
				});
			}
		});
		questions.on('error', stop);
	} catch {
		stop();
		return undefined;
	}

	// Written last: askers come once it is there, and every ask from then on is seen.
	const ownerFile = path.join(folder, ownerName);
	writeCacheFile(ownerFile, ownerLine());
	if (!existsSync(ownerFile)) {
		stop();
		return undefined;
	}

	idleTimer = setTimeout(stop, idleMs);
	folderCheck = setInterval(() => {
		// Without its owner file (someone cleared the cache), nobody can ask it any more, and a
		// new watcher is started: this one would only hold memory until it went idle.
		if (!existsSync(root) || !watcher.working() || !existsSync(ownerFile)) {
			stop();
		}
	}, checkEveryMs);
	return {close: stop};
}
