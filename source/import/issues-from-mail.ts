import PostalMime, {type Email} from 'postal-mime';
import {decodeBytes, detectCyrillicEncoding, looksBinary, normalizeText} from '../archive/decode.js';
import {NotAnIssueError} from '../archive/parse-page-dump.js';
import {dateFromRfc2822, dateFromText} from './calendar-dates.js';
import {reject, type DraftResult} from './issue-draft.js';
import {firstLine} from './item-guard.js';
import {oneLine} from './one-line.js';
import {issueFromHtml} from './page-from-html.js';
import {storyFromPlainText} from './story-from-plain-text.js';

/**
 * One e-mail (an `.eml` file or a message of an mbox) → an issue draft. postal-mime does
 * the MIME work (multipart, quoted-printable, base64, RFC 2047 headers, declared charsets);
 * around it this module handles what old Russian mail gets wrong: 8-bit headers in
 * windows-1251 or KOI8-R, bodies with no charset at all, and charsets that lie. The HTML
 * part is preferred and read like a saved page; the text part is the fallback.
 */

const headerLine = /^[\u0021-\u0039\u003B-\u007E]+:/u;
const mailHeaderNames = /^(?:from|to|subject|date|message-id|mime-version|content-type|received|return-path):/iu;

function latin1(bytes: Uint8Array): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function bytesOfLatin1(text: string): Uint8Array {
	return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Where the header block ends: the index of the blank line, or -1. */
function headerEnd(raw: string): number {
	const match = /\r?\n\r?\n/u.exec(raw);
	return match ? match.index : -1;
}

/** Whether the text starts with a block of mail headers that names at least one mail field. */
export function looksLikeMail(raw: string): boolean {
	const end = headerEnd(raw);
	const head = (end === -1 ? raw : raw.slice(0, end)).split(/\r?\n/u);
	return head.length > 0 && headerLine.test(head[0]!) && head.some(line => mailHeaderNames.test(line));
}

/**
 * A multipart message cut short: some boundary it declares never gets its closing
 * delimiter. (A single-part message cut short cannot be told from a short one.)
 */
export function isTruncatedMime(raw: string): boolean {
	for (const match of raw.matchAll(/^content-type:[^\n]*(?:\n[ \t][^\n]*)*/gimu)) {
		const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/iu.exec(match[0]);
		const value = boundary?.[1] ?? boundary?.[2];
		if (value !== undefined && !raw.includes(`--${value}--`)) {
			return true;
		}
	}

	return false;
}

/** 8-bit header bytes that are not UTF-8 are re-encoded from the likeliest Cyrillic code page. */
function withUtf8Headers(bytes: Uint8Array, raw: string): Uint8Array {
	const end = headerEnd(raw);
	const head = bytes.subarray(0, end === -1 ? bytes.length : end);
	if (!head.some(byte => byte >= 0x80)) {
		return bytes;
	}

	try {
		new TextDecoder('utf-8', {fatal: true}).decode(head);
		return bytes;
	} catch {
		// A subject alone is too short to tell code pages apart; the body is usually in the same one.
		const text = new TextDecoder(detectCyrillicEncoding(bytes)).decode(head);
		return new Uint8Array(Buffer.concat([Buffer.from(text, 'utf8'), bytes.subarray(head.length)]));
	}
}

/**
 * The same message with every text part declared windows-1252, which maps each byte to one
 * character and back (WHATWG's table has no holes), so the bytes of a body decoded that way
 * can be recovered exactly and detected.
 */
function withByteTransparentCharsets(raw: string): string {
	const redeclared = raw.replace(/^(content-type:[ \t]*text\/[\w.+-]+)([^\n]*(?:\n[ \t][^\n]*)*)/gimu, (_, type: string, rest: string) => {
		const params = rest.replace(/;\s*charset\s*=\s*(?:"[^"]*"|[^\s;]+)/giu, '');
		return `${type}; charset=windows-1252${params}`;
	});
	// A message without Content-Type is text/plain in US-ASCII, which postal-mime reads as UTF-8.
	const head = raw.slice(0, Math.max(0, headerEnd(raw)));
	return /^content-type:/imu.test(head) ? redeclared : `Content-Type: text/plain; charset=windows-1252\n${redeclared}`;
}

function recoverBytes(text: string): Uint8Array {
	return bytesOfLatin1([...text].map(character => String.fromCodePoint(windows1252Byte(character))).join(''));
}

const windows1252Bytes = (() => {
	const decoded = new TextDecoder('windows-1252').decode(Uint8Array.from({length: 256}, (_, index) => index));
	return new Map([...decoded].map((character, index) => [character, index]));
})();

function windows1252Byte(character: string): number {
	return windows1252Bytes.get(character) ?? 0x3f;
}

type Body = {html?: string; text?: string};

async function parseMail(bytes: Uint8Array): Promise<Email> {
	return PostalMime.parse(bytes, {attachmentEncoding: 'arraybuffer'});
}

/**
 * The bodies as the headers say, unless decoding them that way failed (U+FFFD): then the
 * charset was missing or wrong, and the bodies are decoded again by detection.
 */
async function bodiesOf(email: Email, raw: string): Promise<Body> {
	const broken = (text: string | undefined) => text !== undefined && text.includes('\uFFFD');
	if (!broken(email.html) && !broken(email.text)) {
		return {
			...(email.html === undefined ? {} : {html: normalizeText(email.html)}),
			...(email.text === undefined ? {} : {text: normalizeText(email.text)}),
		};
	}

	const again = await parseMail(bytesOfLatin1(withByteTransparentCharsets(raw)));
	const redecode = (text: string | undefined) => (text === undefined ? undefined : decodeBytes(recoverBytes(text)).text);
	const html = redecode(again.html);
	const text = redecode(again.text);
	return {...(html === undefined ? {} : {html}), ...(text === undefined ? {} : {text})};
}

function headerValue(email: Email, name: string): string | undefined {
	return email.headers.find(header => header.key === name)?.value;
}

export async function issueFromMail(input: Uint8Array, sourceFormat: 'mail' | 'mbox'): Promise<DraftResult> {
	if (input.length === 0) {
		return reject({kind: 'empty'});
	}

	if (looksBinary(input)) {
		return reject({kind: 'binary'});
	}

	const original = latin1(input);
	if (!looksLikeMail(original)) {
		return reject({kind: 'not-a-mail'});
	}

	if (isTruncatedMime(original)) {
		return reject({kind: 'truncated-mail'});
	}

	const bytes = withUtf8Headers(input, original);
	const raw = bytes === input ? original : latin1(bytes);
	let email: Email;
	let body: Body;
	try {
		email = await parseMail(bytes);
		body = await bodiesOf(email, raw);
	} catch (error) {
		return reject({kind: 'malformed-mail', detail: firstLine(error)});
	}

	const title = oneLine(email.subject);
	const dateHeader = headerValue(email, 'date');
	const date = (dateHeader === undefined ? undefined : dateFromRfc2822(dateHeader)) ?? dateFromText(email.date);
	if (body.html !== undefined && body.html.trim() !== '') {
		return issueFromHtml(body.html, {sourceFormat, title, date, extract: 'page'});
	}

	if (body.text === undefined || body.text.trim() === '') {
		return reject({kind: 'no-body'});
	}

	try {
		return {...storyFromPlainText(body.text, title), date, sourceFormat};
	} catch (error) {
		if (error instanceof NotAnIssueError) {
			return reject({kind: 'no-story'});
		}

		throw error;
	}
}
