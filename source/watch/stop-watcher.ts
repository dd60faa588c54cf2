import {createConnection} from 'node:net';

/** Past this, a watcher that does not answer is taken for none. */
const answerTimeoutMs = 1000;

/**
 * Tells the archive watcher on `socketPath` to stop; whether one said it would. For the
 * test and bench homes, which must not leave watchers behind.
 */
export function stopWatcher(socketPath: string): Promise<boolean> {
	return new Promise(resolve => {
		let answer = '';
		const socket = createConnection(socketPath);
		const finish = (stopping: boolean) => {
			clearTimeout(timer);
			socket.destroy();
			resolve(stopping);
		};

		const timer = setTimeout(() => {
			finish(false);
		}, answerTimeoutMs);
		socket.setEncoding('utf8');
		socket.on('connect', () => {
			socket.write('stop\n');
		});
		socket.on('data', chunk => {
			answer += chunk;
			if (answer.includes('\n')) {
				finish(answer.startsWith('stopping\n'));
			}
		});
		socket.on('end', () => {
			finish(false);
		});
		socket.on('error', () => {
			finish(false);
		});
	});
}
