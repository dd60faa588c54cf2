import {existsSync, linkSync, mkdirSync, readdirSync, rmSync, watch, writeFileSync, type FSWatcher} from 'node:fs';
import path from 'node:path';
import {watchFolder} from '../library/folder-watcher.js';
import {answerPrefix, askPrefix, ownerLine, ownerName, runningOwner} from '../library/watcher-question.js';
import {writeCacheFile} from '../library/write-file-atomically.js';

/**
 * The archive watcher's service: it watches an archive folder and answers each question
 * with the archive's generation, a name for the archive as it stands that changes whenever
 * anything in the folder changes. A command that stored the generation with the catalog's
 * cache after checking every file, and is given the same one again, knows
 * no file changed since: it skips checking every file, which is most of a `list` or a
 * one-off `search` on a large archive (git's fsmonitor and watchman do the same for
 * `git status`).
 *
 * The answer must cover every change made before the question was asked. A question is a
 * file created in the watcher's folder (library/watcher-question.ts). libuv keeps one
 * inotify queue per process for every watch, so a change made before the question was
 * asked is queued before the question's file and is read no later than it; answering in
 * setImmediate, after that turn's events, takes the change in.
 */

export type GenerationService = {
	/** Stops serving and removes the owner file: the next command checks every file. */
	close(): void;
	/** Resolves once the service has stopped, however it stopped. */
	readonly stopped: Promise<void>;
};

export type GenerationServiceOptions = {
	root: string;
	/** The watcher's folder (library/archive-watch.ts `watcherFolder`). */
	folder: string;
	/** How long an answer stays for its asker, who waits a fraction of a second at most. */
	answerKeptMs?: number;
	/** How often the service checks that the archive folder and its owner file are still there. */
	checkEveryMs?: number;
};

/** Why no service started. */
export type NotServing = {problem: 'already-watched'; pid: number} | {problem: 'cannot-watch'};

/**
 * Takes the folder's owner file, the lock: a hard link fails when the file exists, so of two
 * watchers starting at once only one wins. An owner file whose process is gone (killed, or
 * before a reboot) is taken over.
 */
function takeOwnership(folder: string): NotServing | undefined {
	const ownerFile = path.join(folder, ownerName);
	const mine = path.join(folder, `.${ownerName}.${process.pid}`);
	writeFileSync(mine, ownerLine(), {mode: 0o600});
	try {
		for (let attempt = 0; attempt < 2; attempt++) {
			try {
				linkSync(mine, ownerFile);
				return undefined;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
					return {problem: 'cannot-watch'};
				}
			}

			const pid = runningOwner(folder);
			if (pid !== undefined) {
				return {problem: 'already-watched', pid};
			}

			rmSync(ownerFile, {force: true});
		}

		return {problem: 'cannot-watch'};
	} finally {
		rmSync(mine, {force: true});
	}
}

/** Starts the service, or says why it cannot. */
export function serveGenerations({root, folder, answerKeptMs = 2000, checkEveryMs = 10_000}: GenerationServiceOptions): GenerationService | NotServing {
	// Watching starts before the first answer: changes from then on are all seen.
	const watcher = watchFolder(root);
	if (!watcher.working()) {
		watcher.close();
		return {problem: 'cannot-watch'};
	}

	try {
		mkdirSync(folder, {recursive: true, mode: 0o700});
	} catch {
		watcher.close();
		return {problem: 'cannot-watch'};
	}

	let notServing: NotServing | undefined;
	try {
		notServing = takeOwnership(folder);
	} catch {
		notServing = {problem: 'cannot-watch'};
	}

	if (notServing !== undefined) {
		watcher.close();
		return notServing;
	}

	const ownerFile = path.join(folder, ownerName);
	const instance = `${process.pid}-${Date.now().toString(36)}`;
	let changes = 0;
	let stopped = false;
	let markStopped: () => void = () => undefined;
	const stoppedPromise = new Promise<void>(resolve => {
		markStopped = resolve;
	});

	// The generation now, for one answer; undefined when the watcher can no longer vouch
	// for the archive (it then stops).
	const currentGeneration = (): string | undefined => {
		const seen = watcher.takeChanges();
		if (seen === 'all' || seen.size > 0) {
			changes++;
			// New folders are watched before anyone checks their files.
			watcher.cover();
		}

		return watcher.working() ? `${instance}.${changes}` : undefined;
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
		// Where the folder was removed meanwhile, the answer makes it again; the owner file is
		// gone with it, so the check below stops this watcher and askers check every file.
		writeCacheFile(answerFile, `${generation ?? ''}\n`);
		rmSync(askFile, {force: true});
		// Removed here, not by the asker, whose every moment counts; it has read the answer
		// by then, or long given up.
		setTimeout(() => {
			rmSync(answerFile, {force: true});
		}, answerKeptMs).unref();

		if (generation === undefined) {
			stop();
		}
	};

	let folderCheck: NodeJS.Timeout | undefined;
	let questions: FSWatcher | undefined;
	const stop = () => {
		if (stopped) {
			return;
		}

		stopped = true;
		clearInterval(folderCheck);
		watcher.close();
		questions?.close();
		// The owner file goes only while it is still this watcher's.
		if (runningOwner(folder) === process.pid) {
			rmSync(ownerFile, {force: true});
		}

		for (const name of safeList(folder)) {
			if (name.startsWith(askPrefix) || name.startsWith(answerPrefix)) {
				rmSync(path.join(folder, name), {force: true});
			}
		}

		markStopped();
	};

	try {
		questions = watch(folder, (_event, name) => {
			if (typeof name !== 'string') {
				return;
			}

			if (name.startsWith(askPrefix)) {
				const token = name.slice(askPrefix.length);
				setImmediate(() => {
					answerAsk(token);
				});
			} else if (name === ownerName && !existsSync(ownerFile)) {
				// `bell-reader watch --stop`, or the cache cleared: nobody can ask it any more.
				stop();
			}
		});
		questions.on('error', stop);
	} catch {
		stop();
		return {problem: 'cannot-watch'};
	}

	// Asks made before the questions were watched (a command that found the owner file a
	// moment early) are answered too.
	for (const name of safeList(folder)) {
		if (name.startsWith(askPrefix)) {
			const token = name.slice(askPrefix.length);
			setImmediate(() => {
				answerAsk(token);
			});
		}
	}

	folderCheck = setInterval(() => {
		if (!existsSync(root) || !watcher.working() || !existsSync(ownerFile)) {
			stop();
		}
	}, checkEveryMs);
	return {close: stop, stopped: stoppedPromise};
}

function safeList(folder: string): string[] {
	try {
		return readdirSync(folder);
	} catch {
		return [];
	}
}
