/** Past this, a watcher that does not answer is taken for none: checking every file is the fallback, never an error. */
const answerTimeoutMs = 250;

/**
 * Asks the archive watcher on `socketPath` for the archive's generation (or to stop). The
 * answer's first line, or undefined when no watcher answers.
 *
 * The connection is opened before this returns (where Node has getBuiltinModule, 20.16 on),
 * so the caller can go on with other work while the watcher answers; node:net is loaded
 * only here, since a start on a small archive never asks.
 */
export async function askWatcher(socketPath: string, command: 'generation' | 'stop'): Promise<string | undefined> {
	// Optional: older Node 20 releases lack it, and load the module asynchronously instead.
	const {createConnection} = process.getBuiltinModule?.('node:net') ?? await import('node:net');
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
			// The first line is the answer: no need to wait for the watcher to close.
			const end = answer.indexOf('\n');
			if (end !== -1) {
				finish(answer.slice(0, end) || undefined);
			}
		});
		socket.on('end', () => {
			finish(undefined);
		});
		socket.on('error', () => {
			finish(undefined);
		});
	});
}
