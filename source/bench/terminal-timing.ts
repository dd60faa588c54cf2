import {readFileSync} from 'node:fs';

/**
 * Times what a user sees: a program in a real pseudo-terminal (node-pty, a development
 * dependency), from spawn until a given text appears in what it writes.
 */

type Pty = typeof import('node-pty');

let pty: Pty | undefined;

async function loadPty(): Promise<Pty> {
	pty ??= (await import('node-pty')).default as unknown as Pty;
	return pty;
}

export type ScreenTiming = {
	/** Milliseconds from spawn until `needle` was written. */
	ms: number;
	/** Peak resident memory of the program in MB when it was stopped (Linux), if known. */
	peakRssMb?: number;
};

export type ScreenTimingOptions = {
	env: NodeJS.ProcessEnv;
	columns?: number;
	rows?: number;
	/** Keys to type once the needle shows, and a second text to wait for after them. */
	then?: {keys: string; needle: string};
	timeoutMs?: number;
};

function peakRssOf(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /^VmHWM:\s+(\d+) kB/mu.exec(status);
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

export async function timeUntilShown(command: string, args: readonly string[], needle: string, options: ScreenTimingOptions): Promise<ScreenTiming> {
	const {spawn} = await loadPty();
	// Ink renders nothing until exit when it believes it runs in CI (it checks the CI variable).
	const {CI: _ci, ...env} = options.env;
	const start = performance.now();
	const child = spawn(command, [...args], {cols: options.columns ?? 80, rows: options.rows ?? 24, name: 'xterm-256color', env: env as Record<string, string>});
	return new Promise((resolve, reject) => {
		let output = '';
		let shownAt: number | undefined;
		let finished = false;
		const finish = (result: ScreenTiming | Error) => {
			if (finished) {
				return;
			}

			finished = true;
			clearTimeout(timer);
			child.kill('SIGKILL');
			if (result instanceof Error) {
				reject(result);
			} else {
				resolve(result);
			}
		};

		const timer = setTimeout(() => {
			finish(new Error(`"${needle}" did not show within ${options.timeoutMs ?? 20_000} ms; the output ended with ${JSON.stringify(output.slice(-300))}`));
		}, options.timeoutMs ?? 20_000);

		child.onData(data => {
			output += data;
			if (shownAt === undefined && output.includes(needle)) {
				shownAt = performance.now() - start;
				if (options.then) {
					output = '';
					child.write(options.then.keys);
				} else {
					finish({ms: shownAt, peakRssMb: peakRssOf(child.pid)});
				}
			} else if (shownAt !== undefined && options.then && output.includes(options.then.needle)) {
				// Give the frame a moment to settle, then read the memory it took.
				setTimeout(() => {
					finish({ms: shownAt!, peakRssMb: peakRssOf(child.pid)});
				}, 200);
			}
		});
		child.onExit(({exitCode}) => {
			finish(new Error(`${command} exited (${exitCode}) before "${needle}" showed: ${JSON.stringify(output.slice(-300))}`));
		});
	});
}
