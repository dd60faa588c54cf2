import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {FetchFailure, type FetchProblem} from '../../source/fetch/fetch-problem.js';
import {httpGet, maxRedirects, retryAfterTime, type HttpGetOptions} from '../../source/fetch/http-get.js';
import {
	fetchFixture, gzipped, neverEnds, plain, redirect, startFeedServer, withValidators, type FeedServer,
} from './feed-server.js';

const options: HttpGetOptions = {userAgent: 'bell-reader/test', timeoutMs: 5000, maxBytes: 1024 * 1024};
const rss = fetchFixture('rss-utf8.xml');
let server: FeedServer;

beforeAll(async () => {
	server = await startFeedServer({
		'/feed': withValidators(rss, 'application/rss+xml; charset=utf-8', '"v1"', 'Mon, 02 Jun 2025 08:00:00 GMT'),
		'/gzip': gzipped(rss, 'application/rss+xml'),
		'/moved': redirect('/hop1', 301),
		'/hop1': redirect('/feed', 302),
		'/loop-a': redirect('/loop-b'),
		'/loop-b': redirect('/loop-a'),
		'/chain-0': redirect('/chain-1'),
		'/chain-1': redirect('/chain-2'),
		'/chain-2': redirect('/chain-3'),
		'/chain-3': redirect('/chain-4'),
		'/chain-4': redirect('/chain-5'),
		'/chain-5': redirect('/chain-6'),
		'/chain-6': plain(rss, 'application/rss+xml'),
		'/ftp': redirect('ftp://127.0.0.1/feed'),
		'/server-error': plain('oops', 'text/plain', 500),
		'/busy': (_request, response) => {
			response.writeHead(429, {'retry-after': '120'});
			response.end();
		},
		'/unavailable': (_request, response) => {
			response.writeHead(503, {'retry-after': 'Wed, 03 Dec 2026 18:00:00 GMT'});
			response.end();
		},
		'/slow': neverEnds,
		'/large': plain(Buffer.alloc(4096, 0x20), 'application/rss+xml'),
		'/large-gzip': gzipped(Buffer.alloc(64 * 1024, 0x20), 'application/rss+xml'),
		'/bad-gzip': (_request, response) => {
			response.writeHead(200, {'content-encoding': 'gzip'});
			response.end(Buffer.from('not gzip at all'));
		},
	});
});

afterAll(async () => {
	await server.close();
});

async function problemOf(promise: Promise<unknown>): Promise<FetchProblem> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof FetchFailure) {
			return error.problem;
		}

		throw error;
	}

	throw new Error('no failure');
}

describe('httpGet', () => {
	it('gets a feed with its validators and charset, naming bell-reader as the agent', async () => {
		const response = await httpGet(server.url('/feed'), options);
		expect(response).toMatchObject({status: 'ok', etag: '"v1"', lastModified: 'Mon, 02 Jun 2025 08:00:00 GMT', charset: 'utf-8'});
		expect(response.status === 'ok' && Buffer.from(response.body).equals(rss)).toBe(true);
		expect(server.requests.at(-1)!.headers['user-agent']).toBe('bell-reader/test');
	});

	it('sends the validators back and takes a 304 as nothing new', async () => {
		expect(await httpGet(server.url('/feed'), {...options, etag: '"v1"'})).toEqual({status: 'not-modified'});
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
		expect(await httpGet(server.url('/feed'), {...options, lastModified: 'Mon, 02 Jun 2025 08:00:00 GMT'})).toEqual({status: 'not-modified'});
		expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Mon, 02 Jun 2025 08:00:00 GMT');
	});

	it('asks for gzip and decompresses it', async () => {
		const response = await httpGet(server.url('/gzip'), options);
		expect(response.status === 'ok' && Buffer.from(response.body).equals(rss)).toBe(true);
		expect(server.requests.at(-1)!.headers['accept-encoding']).toContain('gzip');
	});

	it(`follows up to ${maxRedirects} redirects, and reports the address it ended at`, async () => {
		expect(await httpGet(server.url('/moved'), options)).toMatchObject({status: 'ok', url: server.url('/feed')});
		expect(await httpGet(server.url('/chain-1'), options)).toMatchObject({status: 'ok', url: server.url('/chain-6')});
		expect(await problemOf(httpGet(server.url('/chain-0'), options))).toEqual({kind: 'too-many-redirects', limit: maxRedirects});
	});

	it('stops a redirect loop, and a redirect away from http(s)', async () => {
		expect(await problemOf(httpGet(server.url('/loop-a'), options))).toEqual({kind: 'redirect-loop'});
		expect(await problemOf(httpGet(server.url('/ftp'), options))).toEqual({kind: 'bad-redirect', location: 'ftp://127.0.0.1/feed'});
	});

	it('reports 404 and 500 by their status', async () => {
		expect(await problemOf(httpGet(server.url('/nowhere'), options))).toEqual({kind: 'http-status', status: 404});
		expect(await problemOf(httpGet(server.url('/server-error'), options))).toEqual({kind: 'http-status', status: 500});
	});

	it('reports 429 and 503 with the time Retry-After names, asking once', async () => {
		const now = () => new Date('2026-12-03T12:00:00.000Z');
		const before = server.requests.length;
		expect(await problemOf(httpGet(server.url('/busy'), {...options, now}))).toEqual({kind: 'rate-limited', status: 429, retryAfter: '2026-12-03T12:02:00.000Z'});
		expect(await problemOf(httpGet(server.url('/unavailable'), {...options, now}))).toEqual({kind: 'rate-limited', status: 503, retryAfter: '2026-12-03T18:00:00.000Z'});
		expect(server.requests.length - before).toBe(2);
	});

	it('gives up on a response that never ends when the whole request runs out of time', async () => {
		expect(await problemOf(httpGet(server.url('/slow'), {...options, timeoutMs: 200}))).toEqual({kind: 'timeout', seconds: 0.2});
	});

	it('refuses a body over the cap, plain or once decompressed', async () => {
		expect(await problemOf(httpGet(server.url('/large'), {...options, maxBytes: 1024}))).toMatchObject({kind: 'too-large'});
		expect(await problemOf(httpGet(server.url('/large-gzip'), {...options, maxBytes: 16 * 1024}))).toMatchObject({kind: 'too-large'});
		expect(gzipSync(Buffer.alloc(64 * 1024, 0x20)).length).toBeLessThan(16 * 1024);
	});

	it('reports a body that is not what its encoding says, and a refused connection', async () => {
		expect(await problemOf(httpGet(server.url('/bad-gzip'), options))).toMatchObject({kind: 'bad-body'});
		const closed = await startFeedServer();
		const address = closed.url('/feed');
		await closed.close();
		expect(await problemOf(httpGet(address, options))).toEqual({kind: 'network', code: 'ECONNREFUSED'});
	});

	it('stops when its signal aborts, with the signal\'s reason', async () => {
		const controller = new AbortController();
		const pending = httpGet(server.url('/slow'), {...options, signal: controller.signal});
		const reason = new Error('SIGINT');
		controller.abort(reason);
		await expect(pending).rejects.toBe(reason);
	});
});

describe('retryAfterTime', () => {
	it('reads seconds and HTTP dates, and nothing else', () => {
		const now = new Date('2026-12-03T12:00:00.000Z');
		expect(retryAfterTime('30', now)).toBe('2026-12-03T12:00:30.000Z');
		expect(retryAfterTime('Wed, 03 Dec 2026 13:00:00 GMT', now)).toBe('2026-12-03T13:00:00.000Z');
		expect(retryAfterTime('soon', now)).toBeUndefined();
		expect(retryAfterTime(undefined, now)).toBeUndefined();
	});
});
