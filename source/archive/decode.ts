import {sanitizeText} from './sanitize.js';

/**
 * Turns the bytes of an archive file into clean text: the encoding found,
 * line endings made `\n`, control characters and escape sequences removed,
 * and the result NFC-normalised (a decomposed й becomes one character).
 */

export type Encoding = 'utf-8' | 'windows-1251' | 'koi8-r' | 'ibm866';

export type DecodedText = {
	text: string;
	encoding: Encoding;
};

const utf8Bom = [0xef, 0xbb, 0xbf];

// Relative frequencies (per mille) of Russian letters in prose, after folding case and ё → е.
// Single-byte Cyrillic encodings are permutations of one another, so the decoding that
// produces the most Russian-looking letter distribution is the right one.
const russianLetterFrequency: Record<string, number> = {
	о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30,
	п: 28, у: 26, я: 20, ы: 19, ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7,
	ю: 6, ц: 5, щ: 4, э: 3, ф: 2.6, ъ: 0.4,
};

const letterScore = new Map(
	Object.entries(russianLetterFrequency).map(([letter, perMille]) => [letter, Math.log(perMille / 1000)]),
);
// A Cyrillic letter that is rare in Russian prose, or a pseudo-graphics character a wrong
// code page produces, costs more than any real letter.
const unlikelyScore = Math.log(0.0001);

const singleByteEncodings: Encoding[] = ['windows-1251', 'koi8-r', 'ibm866'];

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8. */
function utf8TextOf(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		return undefined;
	}
}

/** How Russian a text looks: the mean log-likelihood of its non-ASCII characters. */
function russianLikelihood(text: string): number {
	let total = 0;
	let count = 0;
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) {
			continue;
		}

		const folded = character.toLowerCase().replace('ё', 'е');
		total += letterScore.get(folded) ?? unlikelyScore;
		count++;
	}

	return count === 0 ? 0 : total / count;
}

/** Picks the single-byte Cyrillic encoding under which the bytes read most like Russian. */
export function detectCyrillicEncoding(bytes: Uint8Array): Encoding {
	// Scoring a prefix is enough to tell code pages apart and keeps 20 MB files cheap.
	const sample = bytes.subarray(0, 64 * 1024);
	let best: Encoding = 'windows-1251';
	let bestScore = Number.NEGATIVE_INFINITY;
	for (const encoding of singleByteEncodings) {
		const score = russianLikelihood(new TextDecoder(encoding).decode(sample));
		if (score > bestScore) {
			best = encoding;
			bestScore = score;
		}
	}

	return best;
}

/** Line endings to `\n`, controls and escapes out, soft hyphens out, NFC. */
export function normalizeText(text: string): string {
	// Soft hyphens count as zero width in string-width but one column in glibc terminals;
	// the layout engine hyphenates by itself, so they carry nothing we need.
	return sanitizeText(text.replace(/\r\n?/g, '\n').replace(/\u00AD/g, '')).normalize('NFC');
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
	let encoding: Encoding = 'utf-8';
	let text: string;
	if (utf8Bom.every((byte, index) => bytes[index] === byte)) {
		// Marked as UTF-8: invalid sequences become U+FFFD rather than another code page.
		text = new TextDecoder('utf-8').decode(bytes.subarray(3));
	} else {
		const utf8 = utf8TextOf(bytes);
		if (utf8 === undefined) {
			encoding = detectCyrillicEncoding(bytes);
			text = new TextDecoder(encoding).decode(bytes);
		} else {
			text = utf8;
		}
	}

	// Strip a BOM left inside (a file saved twice) before it becomes part of the title.
	return {text: normalizeText(text.replace(/^\uFEFF/, '')), encoding};
}

/**
 * Whether the bytes are binary rather than text: a NUL byte, or many control bytes.
 * Checked on a prefix, as `file` and git do.
 */
export function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	// Indexed, not for…of: this runs once per start, before the iterator would be optimised.
	for (let index = 0; index < sample.length; index++) {
		const byte = sample[index]!;
		if (byte === 0) {
			return true;
		}

		if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) {
			controls++;
		}
	}

	return sample.length > 0 && controls / sample.length > 0.1;
}
