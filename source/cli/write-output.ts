import {writeSync} from 'node:fs';

/**
 * Writes to stdout or stderr straight through the file descriptor. process.stdout is a
 * stream, and creating it loads Node's whole streams stack (a sizeable part of a printing
 * command's start-up budget) for output a printing command writes in one go anyway.
 *
 * A descriptor left non-blocking by whoever started us answers EAGAIN when the pipe is
 * full: the rest then goes through the stream, which waits for the pipe, and so does
 * everything written after it: where Node writes pipes asynchronously (not on Linux), a
 * direct write could overtake what the stream still holds. The reader
 * of a pipe going away (`| head`) is not an error: `onClosed` decides what happens then.
 */
export function writeOutput(descriptor: 1 | 2, text: string | Uint8Array, onClosed: () => void): void {
	const bytes = typeof text === 'string' ? Buffer.from(text) : text;
	if (streamed.has(descriptor)) {
		toStream(descriptor, bytes, typeof text === 'string', onClosed);
		return;
	}

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
				streamed.add(descriptor);
				toStream(descriptor, bytes.subarray(written), typeof text === 'string', onClosed);
				return;
			}

			throw error;
		}
	}
}

/** The descriptors whose output now goes through their stream. */
const streamed = new Set<1 | 2>();

function toStream(descriptor: 1 | 2, bytes: Uint8Array, fresh: boolean, onClosed: () => void): void {
	const stream = descriptor === 1 ? process.stdout : process.stderr;
	if (stream.listenerCount('error') === 0) {
		// Written later, so the reader may be gone by then: that is the same as `| head`.
		stream.on('error', onClosed);
	}

	// Queued, not written: a caller's buffer may be filled anew before the stream gets to it.
	stream.write(fresh ? bytes : Buffer.from(bytes));
}
