import {createConnection} from 'node:net';

/** Past this, a watcher that does not answer is taken for none: checking every file is the fallback, never an error. */
const answerTimeoutMs = 250;

/**
 * Asks the archive watcher on `socketPath` for the archive's generation (or to stop). The
 * answer's first line, or undefined when no watcher answers.
 */
export function askWatcher(socketPath: string, command: 'generation' | 'stop'): Promise<string | undefined> {
	return new Promise(resolve => {
		let answer = '';
		const socket = createConnection(socketPath);
		const finish = (value: string | undefined) => {
			clearTimeout(timer);
			socket.destroy();
			resolve(value);
		};

		const timer = setTimeout(() => {
			finish(undefined);
		}, answerTimeoutMs);
		socket.setEncoding('utf8');
		socket.on('connect', () => {
			socket.write(`${command}\n`);
		});
		socket.on('data', chunk => {
			answer += chunk;
		});
		socket.on('end', () => {
			const line = answer.split('\n', 1)[0] ?? '';
			finish(line === '' ? undefined : line);
		});
		socket.on('error', () => {
			finish(undefined);
		});
	});
}
