import {writeSync} from 'node:fs';

/**
 * Writes to stdout or stderr straight through the file descriptor. process.stdout is a
 * stream, and creating it loads Node's whole streams stack (~5 ms, a tenth of issue 7's
 * start-up budget) for output a printing command writes in one go anyway.
 *
 * A descriptor left non-blocking by whoever started us answers EAGAIN when the pipe is
 * full: the rest then goes through the stream, which waits for the pipe. The reader of a
 * pipe going away (`| head`) is not an error: `onClosed` decides what happens then.
 */
export function writeOutput(descriptor: 1 | 2, text: string | Uint8Array, onClosed: () => void): void {
	const bytes = typeof text === 'string' ? Buffer.from(text) : text;
	let written = 0;
	while (written < bytes.length) {
		try {
			written += writeSync(descriptor, bytes, written);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EPIPE') {
				onClosed();
				return;
			}

			if (code === 'EAGAIN') {
				(descriptor === 1 ? process.stdout : process.stderr).write(bytes.subarray(written));
				return;
			}

			throw error;
		}
	}
}
