import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {fetchSubscriptions, type FetchOptions} from '../../source/fetch/fetch-subscriptions.js';
import {withFetchOutcome, type Subscription} from '../../source/store/subscriptions.js';
import {readArchive} from '../helpers/read-archive.js';
import {
	fetchFixture, fetchFixturesDir, gzipped, neverEnds, plain, redirect, startFeedServer, withValidators, type FeedServer,
} from './feed-server.js';

// Started as the file loads: the suites below fetch while they are collected.
const server: FeedServer = await startFeedServer({
	'/rss': withValidators(fetchFixture('rss-utf8.xml'), 'application/rss+xml; charset=utf-8', '"rss-1"', 'Tue, 03 Jun 2025 05:00:00 GMT'),
	'/rss-1251': gzipped(fetchFixture('rss-windows-1251.xml'), 'application/rss+xml'),
	'/atom': withValidators(fetchFixture('atom.xml'), 'application/atom+xml', '"atom-1"', 'Sat, 07 Jun 2025 05:00:00 GMT'),
	'/json': plain(fetchFixture('feed.json'), 'application/feed+json'),
	'/old-json': redirect('/json', 301),
	'/loop': redirect('/loop'),
	'/broken': plain(fetchFixture('malformed.xml'), 'application/rss+xml'),
	'/error': plain('внутренняя ошибка', 'text/plain; charset=utf-8', 500),
	'/busy': (_request, response) => {
		response.writeHead(429, {'retry-after': '3600'});
		response.end();
	},
	'/slow': neverEnds,
	'/huge': plain(Buffer.alloc(8192, 0x20), 'application/rss+xml'),
	'/article': plain(fetchFixture('article.html'), 'text/html; charset=utf-8'),
});
server.route('/summary', plain(fetchFixture('rss-summary.xml').toString('utf8').replace('ARTICLE_URL', server.url('/article')), 'application/rss+xml'));

afterAll(async () => {
	await server.close();
});

const now = () => new Date('2026-12-03T12:00:00.000Z');

function feed(name: string, route: string, extra: Partial<Subscription> = {}): Subscription {
	return {name, source: server.url(route), kind: 'feed', added: now().toISOString(), ...extra};
}

/** A Maildir holding the fixture messages: two in new/, one already seen by the mail client in cur/. */
function fixtureMaildir(root: string): string {
	const dir = path.join(root, 'Mail', 'Bell');
	for (const sub of ['cur', 'new', 'tmp']) {
		mkdirSync(path.join(dir, sub), {recursive: true});
	}

	const messages = path.join(fetchFixturesDir, 'maildir-messages');
	cpSync(path.join(messages, 'windows-1251-qp.eml'), path.join(dir, 'new', '1749621600.M1P100.host'));
	cpSync(path.join(messages, 'personal.eml'), path.join(dir, 'new', '1749830400.M2P101.host'));
	cpSync(path.join(messages, 'multipart-alternative.eml'), path.join(dir, 'cur', '1749708000.M3P102.host:2,S'));
	return dir;
}

function options(archiveDir: string, extra: Partial<FetchOptions> = {}): FetchOptions {
	return {archiveDir, userAgent: 'bell-reader/test', timeoutMs: 5000, signal: new AbortController().signal, now, ...extra};
}

function snapshot(dir: string): Map<string, string> {
	return new Map(readdirSync(dir, {recursive: true, withFileTypes: true})
		.filter(entry => entry.isFile())
		.map(entry => {
			const file = path.join(entry.parentPath, entry.name);
			return [file, `${statSync(file).mtimeMs} ${readFileSync(file, 'latin1')}`];
		}));
}

describe('fetching every kind of source at once', async () => {
	const root = mkdtempSync(path.join(os.tmpdir(), 'bell-fetch-'));
	const archiveDir = path.join(root, 'archive');
	const maildir = fixtureMaildir(root);
	const mailBefore = snapshot(maildir);
	const subscriptions: Subscription[] = [
		feed('rss', '/rss'),
		feed('loop', '/loop'),
		feed('rss-1251', '/rss-1251'),
		feed('broken', '/broken'),
		feed('atom', '/atom'),
		feed('error', '/error'),
		feed('gone', '/gone'),
		feed('busy', '/busy'),
		feed('json', '/old-json'),
		feed('slow', '/slow'),
		feed('huge', '/huge'),
		{name: 'mail', source: maildir, kind: 'maildir', added: now().toISOString()},
	];
	const done: Array<{name: string; outcome: unknown}> = [];
	const run = await fetchSubscriptions(subscriptions, options(archiveDir, {
		timeoutMs: 300,
		maxBytes: 4096,
		onSourceDone(subscription, outcome) {
			done.push({name: subscription.name, outcome});
		},
	}));
	const byName = new Map(run.sources.map(source => [source.name, source]));

	it('gives each failure its reason', () => {
		expect(Object.fromEntries(run.sources.filter(source => source.error !== undefined).map(source => [source.name, source.error]))).toEqual({
			loop: {kind: 'redirect-loop'},
			broken: {kind: 'bad-feed', problem: expect.objectContaining({kind: 'malformed-xml'})},
			error: {kind: 'http-status', status: 500},
			gone: {kind: 'http-status', status: 404},
			busy: {kind: 'rate-limited', status: 429, retryAfter: '2026-12-03T13:00:00.000Z'},
			slow: {kind: 'timeout', seconds: 0.3},
			huge: {kind: 'too-large', limitBytes: 4096},
		});
	});

	it('imports the other sources: RSS in UTF-8 and windows-1251, Atom, JSON Feed, and the newsletters of a Maildir', async () => {
		expect(['rss', 'rss-1251', 'atom', 'json', 'mail'].map(name => [name, byName.get(name)?.imported])).toEqual([
			['rss', 2], ['rss-1251', 2], ['atom', 2], ['json', 2], ['mail', 2],
		]);
		const archive = await readArchive(archiveDir);
		expect(archive.warnings).toEqual([]);
		const titles = archive.issues.map(issue => `${issue.date} ${issue.title} ${issue.sourceFormat}`).sort();
		expect(titles).toEqual([
			'2025-06-02 Сколько зарабатывают маркетплейсы на логистике rss',
			'2025-06-03 Почему дорожает кофе в России rss',
			'2025-06-04 Банки снижают ставки по вкладам rss',
			'2025-06-05 Как изменился рынок аренды жилья rss',
			'2025-06-06 Экспорт пшеницы упал до минимума atom',
			'2025-06-07 Авиакомпании сокращают рейсы на юг atom',
			'2025-06-08 Металлурги снижают выпуск стали json-feed',
			'2025-06-09 Такси подорожало на треть json-feed',
			'2025-06-11 Нефтяники получили рекордный демпфер mail',
			'2025-06-12 Смартфоны уходят на сборку в Китай mail',
		]);
		const damper = archive.issues.find(issue => issue.date === '2025-06-11')!;
		expect(JSON.stringify(damper.story)).toContain('Выплаты нефтяникам по демпферу в мае превысили 200 млрд рублей');
	});

	it('takes the personal letter for no issue, and leaves the Maildir exactly as it was', () => {
		expect(byName.get('mail')).toMatchObject({imported: 2, failed: 1});
		expect(run.report.failed.map(failure => path.basename(failure.source.file))).toEqual(['1749830400.M2P101.host']);
		expect(snapshot(maildir)).toEqual(mailBefore);
	});

	it('hands over validators of good responses, the wait a server asked for, and the messages taken', () => {
		const outcomes = new Map(done.map(({name, outcome}) => [name, outcome]));
		expect(outcomes.get('rss')).toMatchObject({etag: '"rss-1"', lastModified: 'Tue, 03 Jun 2025 05:00:00 GMT'});
		expect(outcomes.get('busy')).toMatchObject({retryAfter: '2026-12-03T13:00:00.000Z'});
		expect(outcomes.get('gone')).not.toHaveProperty('etag');
		expect(outcomes.get('mail')).toMatchObject({seen: ['<damper-2025-06-11@example.invalid>', '<friday@example.invalid>', '<phones-2025-06-12@example.invalid>']});
		expect(done.map(({name}) => name)).toEqual(subscriptions.map(subscription => subscription.name));
	});

	it('asks again with the validators, asks nobody who asked to wait, and reads no message twice', async () => {
		let next = subscriptions;
		for (const {name, outcome} of done) {
			next = withFetchOutcome(next, name, outcome as Parameters<typeof withFetchOutcome>[2], now().toISOString());
		}

		const before = server.requests.length;
		const again = await fetchSubscriptions(next.filter(subscription => ['rss', 'atom', 'busy', 'mail'].includes(subscription.name)), options(archiveDir));
		expect(again.sources.map(({name, imported, notModified, error}) => ({name, imported, notModified, error: error?.kind}))).toEqual([
			{name: 'rss', imported: 0, notModified: true, error: undefined},
			{name: 'atom', imported: 0, notModified: true, error: undefined},
			{name: 'busy', imported: 0, notModified: false, error: 'waiting'},
			{name: 'mail', imported: 0, notModified: false, error: undefined},
		]);
		expect(again.sources.find(source => source.name === 'mail')).toMatchObject({duplicates: 0, failed: 0});
		expect(server.requests.slice(before).map(request => request.url)).toEqual(['/rss', '/atom']);
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"atom-1"');
	});
});

describe('full text', () => {
	it('completes a summary-only item from its page, and only with --full-text', async () => {
		const summaryOnly = await fetchSubscriptions([feed('summary', '/summary')], options(path.join(mkdtempSync(path.join(os.tmpdir(), 'bell-fetch-')), 'archive')));
		expect(summaryOnly.sources[0]).toMatchObject({imported: 0, failed: 1});

		const archiveDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bell-fetch-')), 'archive');
		const before = server.requests.length;
		const full = await fetchSubscriptions([feed('summary', '/summary', {fullText: true})], options(archiveDir));
		expect(full.sources[0]).toMatchObject({imported: 1, failed: 0});
		expect(server.requests.slice(before).map(request => request.url)).toEqual(['/summary', '/article']);
		const [issue] = (await readArchive(archiveDir)).issues;
		expect(issue).toMatchObject({title: 'Золото дорожает пятый месяц подряд', date: '2025-06-10', url: server.url('/article'), sourceFormat: 'rss'});
		expect(JSON.stringify(issue!.story)).toContain('центральные банки развивающихся стран');
	});
});

describe('an interrupted fetch', () => {
	it('stops between items: what was written is whole, nothing is handed over for the source under way', async () => {
		const archiveDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bell-fetch-')), 'archive');
		const controller = new AbortController();
		const handed: string[] = [];
		const run = await fetchSubscriptions([feed('json', '/json'), feed('rss', '/rss'), feed('atom', '/atom')], options(archiveDir, {
			signal: controller.signal,
			onSourceStart(subscription) {
				if (subscription.name === 'rss') {
					controller.abort(new Error('SIGINT'));
				}
			},
			onSourceDone(subscription) {
				handed.push(subscription.name);
			},
		}));
		expect(run.interrupted).toBe(true);
		expect(handed).toEqual(['json']);
		expect(readdirSync(archiveDir).sort()).toEqual(run.report.imported.map(issue => `${issue.id}.md`).sort());
		expect(run.report.imported).toHaveLength(2);
		expect(existsSync(path.join(archiveDir, '.tmp'))).toBe(false);
	});
});

describe('a fetch that brings nothing new', () => {
	it('reads no stored issue: an archive it could not even read is not asked', async () => {
		const root = mkdtempSync(path.join(os.tmpdir(), 'bell-fetch-'));
		const notAFolder = path.join(root, 'archive');
		writeFileSync(notAFolder, 'not a folder');
		const run = await fetchSubscriptions([feed('rss', '/rss', {etag: '"rss-1"'})], options(notAFolder));
		expect(run.sources).toEqual([{name: 'rss', imported: 0, duplicates: 0, failed: 0, notModified: true}]);
		await expect(fetchSubscriptions([feed('rss', '/rss')], options(notAFolder))).rejects.toMatchObject({name: 'ArchiveError'});
	});
});
