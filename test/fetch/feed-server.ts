import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

/**
 * A real HTTP server for the fetch tests, on 127.0.0.1 and a port the system picks: the
 * feeds, validators, redirects and failures a feed reader meets, from fixtures written
 * for the project. Every request is recorded, so a test can see what was sent.
 */

export const fetchFixturesDir = fileURLToPath(new URL('fixtures', import.meta.url));

export function fetchFixture(name: string): Buffer {
	return readFileSync(`${fetchFixturesDir}/${name}`);
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export type FeedServer = {
	url: (path: string) => string;
	requests: IncomingMessage[];
	/** Adds or replaces a route. */
	route: (path: string, handler: Handler) => void;
	close: () => Promise<void>;
};

/** Serves a body with an ETag and a Last-Modified, answering 304 when the client has them. */
export function withValidators(body: Buffer, contentType: string, etag: string, lastModified: string): Handler {
	return (request, response) => {
		if (request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified) {
			response.writeHead(304, {etag, 'last-modified': lastModified});
			response.end();
			return;
		}

		response.writeHead(200, {'content-type': contentType, etag, 'last-modified': lastModified});
		response.end(body);
	};
}

export function plain(body: Buffer | string, contentType: string, status = 200): Handler {
	return (_request, response) => {
		response.writeHead(status, {'content-type': contentType});
		response.end(body);
	};
}

export function gzipped(body: Buffer, contentType: string): Handler {
	return (request, response) => {
		const wantsGzip = String(request.headers['accept-encoding'] ?? '').includes('gzip');
		response.writeHead(200, {'content-type': contentType, ...(wantsGzip ? {'content-encoding': 'gzip'} : {})});
		response.end(wantsGzip ? gzipSync(body) : body);
	};
}

export function redirect(location: string, status = 302): Handler {
	return (_request, response) => {
		response.writeHead(status, {location});
		response.end();
	};
}

/** Sends the headers and a first chunk, then nothing more, ever. */
export const neverEnds: Handler = (_request, response) => {
	response.writeHead(200, {'content-type': 'application/rss+xml'});
	response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
};

export async function startFeedServer(routes: Record<string, Handler> = {}): Promise<FeedServer> {
	const table = new Map(Object.entries(routes));
	const requests: IncomingMessage[] = [];
	const server: Server = createServer((request, response) => {
		requests.push(request);
		const handler = table.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		if (handler === undefined) {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('not found');
			return;
		}

		handler(request, response);
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: path => `http://127.0.0.1:${port}${path}`,
		requests,
		route(path, handler) {
			table.set(path, handler);
		},
		async close() {
			// Open responses (the one that never ends) would keep the server alive.
			server.closeAllConnections();
			await new Promise<void>(resolve => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}
