import {decodeBytes, normalizeText} from '../archive/decode.js';

/**
 * Decoding with a charset the input declares (a mail header, `<meta charset>`, an XML
 * declaration), falling back to detection (UTF-8, else the likeliest of windows-1251,
 * KOI8-R and IBM866) when it declares none, one the runtime does not know, or UTF-8 that
 * is not.
 */

const asciiPrefix = (bytes: Uint8Array, length = 4096) => new TextDecoder('latin1').decode(bytes.subarray(0, length));

export function decodeWithCharset(bytes: Uint8Array, declared: string | undefined): string {
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	if (declared === undefined || hasBom) {
		return decodeBytes(bytes).text;
	}

	let decoder: InstanceType<typeof TextDecoder>;
	try {
		decoder = new TextDecoder(declared.trim().toLowerCase(), {fatal: true});
	} catch {
		return decodeBytes(bytes).text;
	}

	try {
		return normalizeText(decoder.decode(bytes).replace(/^\uFEFF/u, ''));
	} catch {
		// Single-byte decoders never fail; a declared UTF-8 that is not falls back to detection.
		return decodeBytes(bytes).text;
	}
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function htmlCharset(bytes: Uint8Array): string | undefined {
	return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(asciiPrefix(bytes))?.[1];
}

/** `<?xml version="1.0" encoding="…"?>`. */
export function xmlEncoding(bytes: Uint8Array): string | undefined {
	return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(asciiPrefix(bytes, 512))?.[1];
}
