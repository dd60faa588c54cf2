import {readFileSync, rmSync, watch, writeFileSync, type FSWatcher} from 'node:fs';
import path from 'node:path';

/**
 * The one protocol between commands and the archive watcher: a folder of files. The
 * watcher's `owner` file (its pid and start time) is its lock, one watcher per archive;
 * removing it tells the watcher to stop. A command asks by creating `ask-<token>`; the
 * watcher sees it through the same inotify queue that carries the archive's changes, so
 * every change made before the ask is taken in first (see watch/generation-server.ts), and
 * moves its answer into `answer-<token>`. Files and inotify need no socket library, which
 * would cost a command more to load than the whole question.
 */

export const ownerName = 'owner';
export const askPrefix = 'ask-';
export const answerPrefix = 'answer-';

/** Past this, a watcher that does not answer is taken for none: checking every file is the fallback, never an error. */
const answerTimeoutMs = 250;

/**
 * When a process started (clock ticks after boot, /proc/<pid>/stat field 22), or undefined
 * when it does not run. A number with its start names one process: pids are reused.
 */
export function processStart(pid: number | 'self'): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The fields after the command's name, which is in parentheses and may hold anything.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

/** What the watcher writes into its owner file: its pid and when it started. */
export function ownerLine(): string {
	return `${process.pid} ${processStart('self') ?? ''}`;
}

/**
 * Whether the watcher that wrote the folder's owner file still runs. A killed watcher, or
 * one gone with a reboot, leaves its files behind, and its pid may be another process's since.
 */
export function ownerRuns(folder: string): boolean {
	return runningOwner(folder) !== undefined;
}

/** The pid of the watcher that owns the folder, when it still runs. */
export function runningOwner(folder: string): number | undefined {
	let owner: string;
	try {
		owner = readFileSync(path.join(folder, ownerName), 'utf8');
	} catch {
		return undefined;
	}

	const [pid, start] = owner.split(' ');
	return /^\d+$/u.test(pid ?? '') && start !== undefined && start !== '' && processStart(Number(pid)) === start ? Number(pid) : undefined;
}

let asked = 0;

/**
 * The archive's generation from the watcher that owns `folder`, or undefined when no
 * watcher runs or it does not answer in time. The question is asked before this returns,
 * so the caller can go on with other work while the watcher answers.
 */
export function askGeneration(folder: string): Promise<string | undefined> {
	if (!ownerRuns(folder)) {
		return Promise.resolve(undefined);
	}

	asked++;
	const token = `${process.pid}-${asked}-${Math.random().toString(36).slice(2, 10)}`;
	const askFile = path.join(folder, askPrefix + token);
	const answerName = answerPrefix + token;
	return new Promise(resolve => {
		let done = false;
		let watcher: FSWatcher | undefined;
		let timer: NodeJS.Timeout | undefined;
		const finish = (answer: string | undefined) => {
			if (done) {
				return;
			}

			done = true;
			clearTimeout(timer);
			watcher?.close();
			// The watcher removes an ask it answered, and the answer; an ask it did not answer
			// is the asker's to take back.
			if (answer === undefined) {
				rmSync(askFile, {force: true});
			}

			resolve(answer);
		};

		const readAnswer = (_event: string, name: string | null) => {
			if (name !== null && name !== answerName) {
				return;
			}

			let text: string;
			try {
				text = readFileSync(path.join(folder, answerName), 'utf8');
			} catch {
				return;
			}

			// An empty answer: the watcher cannot vouch for the archive, so every file is checked.
			finish(text.slice(0, Math.max(0, text.indexOf('\n'))) || undefined);
		};

		try {
			// Watching starts before asking, so the answer cannot come unseen.
			watcher = watch(folder, {persistent: true}, readAnswer);
			watcher.on('error', () => {
				finish(undefined);
			});
			writeFileSync(askFile, '', {flag: 'wx', mode: 0o600});
		} catch {
			finish(undefined);
			return;
		}

		timer = setTimeout(() => {
			finish(undefined);
		}, answerTimeoutMs);
	});
}
