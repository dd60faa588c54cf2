import {request as httpRequest, type IncomingMessage} from 'node:http';
import {request as httpsRequest} from 'node:https';
import {createBrotliDecompress, createGunzip, createInflate} from 'node:zlib';
import {FetchFailure, type FetchProblem} from './fetch-problem.js';

/**
 * One GET over HTTP(S) with what a polite feed reader owes a server and itself: the
 * validators of the last good response (a 304 costs nothing), compressed bodies, a few
 * redirects and never a loop, one deadline for the whole request (redirects and body
 * included), a cap on the body as decompressed, and 429/503 reported with the time the
 * server asked for rather than retried.
 */

export type HttpGetOptions = {
	userAgent: string;
	timeoutMs: number;
	maxBytes: number;
	etag?: string;
	lastModified?: string;
	/** Aborts the request (Ctrl-C): the promise rejects with the signal's reason. */
	signal?: AbortSignal;
	now?: () => Date;
};

export type HttpResponse =
	| {status: 'not-modified'}
	| {status: 'ok'; body: Uint8Array; url: string; etag?: string; lastModified?: string; charset?: string};

export const maxRedirects = 5;
export const defaultMaxBytes = 50 * 1024 * 1024;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Retry-After as an ISO time: seconds from now, or an HTTP date. */
export function retryAfterTime(header: string | undefined, now: Date): string | undefined {
	if (header === undefined) {
		return undefined;
	}

	const value = header.trim();
	if (/^\d+$/u.test(value)) {
		return new Date(now.getTime() + (Number(value) * 1000)).toISOString();
	}

	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : new Date(date).toISOString();
}

function charsetOf(contentType: string | undefined): string | undefined {
	return contentType === undefined ? undefined : /charset\s*=\s*"?([\w.:-]+)/iu.exec(contentType)?.[1];
}

function headerText(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function openResponse(url: URL, options: HttpGetOptions, signal: AbortSignal): Promise<IncomingMessage> {
	const headers: Record<string, string> = {
		'user-agent': options.userAgent,
		accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
		'accept-encoding': 'gzip, deflate, br',
	};
	if (options.etag !== undefined) {
		headers['if-none-match'] = options.etag;
	}

	if (options.lastModified !== undefined) {
		headers['if-modified-since'] = options.lastModified;
	}

	const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
	return new Promise((resolve, reject) => {
		const outgoing = send(url, {method: 'GET', headers, signal}, resolve);
		outgoing.on('error', reject);
		outgoing.end();
	});
}

/** The body, decompressed, refused as soon as it passes the cap. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
	const tooLarge = () => new FetchFailure({kind: 'too-large', limitBytes: maxBytes});
	const declared = Number(response.headers['content-length']);
	const encoding = headerText(response.headers['content-encoding'])?.trim().toLowerCase();
	if (Number.isFinite(declared) && declared > maxBytes && (encoding === undefined || encoding === 'identity')) {
		response.destroy();
		throw tooLarge();
	}

	const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
		: encoding === 'deflate' ? createInflate()
			: encoding === 'br' ? createBrotliDecompress()
				: undefined;
	const stream = decoder === undefined ? response : response.pipe(decoder);
	if (decoder !== undefined) {
		response.on('error', error => decoder.destroy(error));
	}

	const chunks: Buffer[] = [];
	let length = 0;
	try {
		for await (const chunk of stream as AsyncIterable<Buffer>) {
			length += chunk.length;
			if (length > maxBytes) {
				throw tooLarge();
			}

			chunks.push(chunk);
		}
	} catch (error) {
		response.destroy();
		decoder?.destroy();
		if (error instanceof FetchFailure || (error as {name?: string}).name === 'AbortError') {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		// zlib's codes say the body is not what its header claims.
		throw new FetchFailure(code?.startsWith('Z_') === true ? {kind: 'bad-body', detail: code} : {kind: 'network', code: code ?? 'EPROTO'});
	}

	return new Uint8Array(Buffer.concat(chunks, length));
}

async function follow(start: URL, options: HttpGetOptions, signal: AbortSignal): Promise<HttpResponse> {
	const visited = new Set<string>();
	let url = start;
	for (let redirects = 0; ; redirects++) {
		visited.add(url.href);
		const response = await openResponse(url, options, signal);
		const status = response.statusCode ?? 0;
		if (redirectStatuses.has(status) && response.headers.location !== undefined) {
			response.resume();
			let next: URL;
			try {
				next = new URL(response.headers.location, url);
			} catch {
				throw new FetchFailure({kind: 'bad-redirect', location: response.headers.location});
			}

			if (next.protocol !== 'http:' && next.protocol !== 'https:') {
				throw new FetchFailure({kind: 'bad-redirect', location: response.headers.location});
			}

			if (visited.has(next.href)) {
				throw new FetchFailure({kind: 'redirect-loop'});
			}

			if (redirects >= maxRedirects) {
				throw new FetchFailure({kind: 'too-many-redirects', limit: maxRedirects});
			}

			url = next;
			continue;
		}

		if (status === 304) {
			response.resume();
			return {status: 'not-modified'};
		}

		if (status === 429 || status === 503) {
			response.resume();
			const retryAfter = retryAfterTime(headerText(response.headers['retry-after']), (options.now ?? (() => new Date()))());
			const problem: FetchProblem = retryAfter === undefined ? {kind: 'rate-limited', status} : {kind: 'rate-limited', status, retryAfter};
			throw new FetchFailure(problem);
		}

		if (status < 200 || status > 299) {
			response.resume();
			throw new FetchFailure({kind: 'http-status', status});
		}

		const body = await readBody(response, options.maxBytes);
		const etag = headerText(response.headers.etag);
		const lastModified = headerText(response.headers['last-modified']);
		const charset = charsetOf(headerText(response.headers['content-type']));
		return {
			status: 'ok',
			body,
			url: url.href,
			...(etag === undefined ? {} : {etag}),
			...(lastModified === undefined ? {} : {lastModified}),
			...(charset === undefined ? {} : {charset}),
		};
	}
}

/**
 * GETs an http(s) address. Rejects with a {@link FetchFailure} that says why, or, when
 * `options.signal` aborts, with the signal's reason.
 */
export async function httpGet(address: string, options: HttpGetOptions): Promise<HttpResponse> {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new FetchFailure({kind: 'bad-redirect', location: address});
	}

	const deadline = new AbortController();
	const timer = setTimeout(() => {
		deadline.abort(new FetchFailure({kind: 'timeout', seconds: options.timeoutMs / 1000}));
	}, options.timeoutMs);
	const signal = options.signal === undefined ? deadline.signal : AbortSignal.any([deadline.signal, options.signal]);
	try {
		return await follow(url, options, signal);
	} catch (error) {
		if (signal.aborted) {
			throw signal.reason;
		}

		if (error instanceof FetchFailure) {
			throw error;
		}

		throw new FetchFailure({kind: 'network', code: (error as NodeJS.ErrnoException).code ?? 'EPROTO'});
	} finally {
		clearTimeout(timer);
	}
}
