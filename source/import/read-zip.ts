import {Unzip, UnzipInflate} from 'fflate';
import {ImportRejected} from './issue-draft.js';

/**
 * Reads the wanted entries of a zip archive into memory, never inflating more than a
 * limit in all: a zip bomb's declared sizes lie, so the bytes are counted as they come.
 * Entries are only read, never written out, so their paths cannot escape anywhere.
 */

// Deflate expands at most ~1032×; pushing 16 KB at a time caps the overshoot near 16 MB.
const pushChunk = 16 * 1024;

export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number): Map<string, Uint8Array> {
	const entries = new Map<string, Uint8Array[]>();
	let total = 0;
	const limitMegabytes = Math.round(maxBytes / 1024 / 1024);
	const unzip = new Unzip(file => {
		if (file.name.endsWith('/') || !wanted(file.name)) {
			return;
		}

		const chunks: Uint8Array[] = [];
		entries.set(file.name, chunks);
		file.ondata = (error, chunk) => {
			if (error) {
				// fflate hands an error thrown here back in once more; ours passes through as it is.
				throw error instanceof ImportRejected ? error : new ImportRejected({kind: 'bad-zip', detail: error.message});
			}

			total += chunk.length;
			if (total > maxBytes) {
				throw new ImportRejected({kind: 'zip-too-large', limitMegabytes});
			}

			chunks.push(chunk);
		};

		file.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let offset = 0; offset < bytes.length; offset += pushChunk) {
			unzip.push(bytes.subarray(offset, offset + pushChunk), offset + pushChunk >= bytes.length);
		}
	} catch (error) {
		if (error instanceof ImportRejected) {
			throw error;
		}

		throw new ImportRejected({kind: 'bad-zip', detail: error instanceof Error ? error.message : String(error)});
	}

	if (entries.size === 0 && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
		throw new ImportRejected({kind: 'bad-zip', detail: 'not a zip archive'});
	}

	return new Map([...entries].map(([name, chunks]) => [name, new Uint8Array(Buffer.concat(chunks))]));
}
