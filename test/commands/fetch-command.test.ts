import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath, makeTempHome, runCli, type TempHome} from '../helpers/run-cli.js';
import {fetchFixture, fetchFixturesDir, neverEnds, plain, startFeedServer, withValidators} from '../fetch/feed-server.js';

const server = await startFeedServer({
	'/rss': withValidators(fetchFixture('rss-utf8.xml'), 'application/rss+xml; charset=utf-8', '"rss-1"', 'Tue, 03 Jun 2025 05:00:00 GMT'),
	'/atom': plain(fetchFixture('atom.xml'), 'application/atom+xml'),
	'/slow': neverEnds,
});

afterAll(async () => {
	await server.close();
});

function maildirIn(home: TempHome): string {
	const dir = path.join(home.root, 'Mail', 'Bell');
	for (const sub of ['cur', 'new', 'tmp']) {
		mkdirSync(path.join(dir, sub), {recursive: true});
	}

	cpSync(path.join(fetchFixturesDir, 'maildir-messages', 'windows-1251-qp.eml'), path.join(dir, 'new', '1749621600.M1P100.host'));
	cpSync(path.join(fetchFixturesDir, 'maildir-messages', 'personal.eml'), path.join(dir, 'cur', '1749830400.M2P101.host:2,S'));
	return dir;
}

type Config = {subscriptions: Array<{name: string; etag?: string; lastFetched?: string; seen?: string[]; fullText?: boolean}>};

function config(home: TempHome): Config {
	return JSON.parse(readFileSync(path.join(home.env.XDG_CONFIG_HOME!, 'bell-reader', 'config.json'), 'utf8')) as Config;
}

describe('subscribe, subscriptions, unsubscribe', async () => {
	const home = makeTempHome();
	const maildir = maildirIn(home);
	const requestsBefore = server.requests.length;
	const feed = await runCli(['subscribe', server.url('/rss')], home.env);
	const named = await runCli(['subscribe', server.url('/atom'), '--name', 'bell-atom', '--full-text'], home.env);
	const mail = await runCli(['subscribe', maildir], home.env);
	const twice = await runCli(['subscribe', server.url('/rss')], home.env);
	const neither = await runCli(['subscribe', path.join(home.root, 'no-such-folder')], home.env);
	const ftp = await runCli(['subscribe', 'ftp://127.0.0.1/feed'], home.env);
	const listed = await runCli(['subscriptions'], home.env);
	const json = await runCli(['subscriptions', '--json'], home.env);
	const requestsAfter = server.requests.length;

	it('prints the name: the host, the given one, the folder\'s', () => {
		expect([feed, named, mail].map(result => [result.code, result.stdout])).toEqual([[0, '127.0.0.1\n'], [0, 'bell-atom\n'], [0, 'Bell\n']]);
	});

	it('subscribing twice changes nothing and says so', () => {
		expect(twice).toEqual({code: 0, stdout: '', stderr: `bell-reader: already subscribed to ${server.url('/rss')} as 127.0.0.1\n`});
	});

	it('a source that is neither a feed address nor a Maildir is a usage error', () => {
		for (const result of [neither, ftp]) {
			expect(result.code).toBe(2);
			expect(result.stderr.split('\n')[0]).toMatch(/^bell-reader: .* is neither an http\(s\) feed address nor a Maildir folder/u);
		}
	});

	it('lists one line per subscription: name, source, last fetched, last result', () => {
		expect(listed.stdout).toBe([
			`127.0.0.1\t${server.url('/rss')}\tnever\tnot fetched yet`,
			`bell-atom\t${server.url('/atom')}\tnever\tnot fetched yet`,
			`Bell\t${maildir}\tnever\tnot fetched yet`,
			'',
		].join('\n'));
		expect(JSON.parse(json.stdout)).toEqual([
			{name: '127.0.0.1', source: server.url('/rss'), lastFetched: null, lastResult: null},
			{name: 'bell-atom', source: server.url('/atom'), lastFetched: null, lastResult: null},
			{name: 'Bell', source: maildir, lastFetched: null, lastResult: null},
		]);
	});

	it('nothing was fetched by subscribing', () => {
		expect(requestsAfter).toBe(requestsBefore);
	});

	it('unsubscribe removes one; an unknown name is an error in words', async () => {
		expect(await runCli(['unsubscribe', 'bell-atom'], home.env)).toMatchObject({code: 0, stderr: 'bell-reader: unsubscribed from bell-atom; its issues stay in the archive\n'});
		const unknown = await runCli(['unsubscribe', 'bell-atom'], home.env);
		expect(unknown).toMatchObject({code: 1, stderr: 'bell-reader: no subscription named bell-atom; there are: 127.0.0.1, Bell\n'});
		expect(config(home).subscriptions.map(subscription => subscription.name)).toEqual(['127.0.0.1', 'Bell']);
	});

	it('--full-text is kept with the subscription', async () => {
		const other = makeTempHome();
		await runCli(['subscribe', server.url('/atom'), '--full-text'], other.env);
		expect(config(other).subscriptions).toMatchObject([{name: '127.0.0.1', fullText: true}]);
	});
});

describe('fetch', async () => {
	const home = makeTempHome();
	await runCli(['subscribe', server.url('/rss'), '--name', 'bell'], home.env);
	await runCli(['subscribe', server.url('/slow'), '--name', 'slow'], home.env);
	await runCli(['subscribe', server.url('/gone'), '--name', 'gone'], home.env);
	await runCli(['subscribe', maildirIn(home), '--name', 'mail'], home.env);
	const first = await runCli(['fetch', '--json', '--timeout', '1'], home.env);
	const list = await runCli(['list'], home.env);
	const again = await runCli(['fetch', 'bell', 'mail'], home.env);
	const russian = await runCli(['fetch', 'gone'], {...home.env, LANG: 'ru_RU.UTF-8'});

	it('imports what the reachable sources bring and reports every source in JSON; exit 1 as some failed', () => {
		expect(first.code).toBe(1);
		expect(JSON.parse(first.stdout)).toEqual({
			sources: [
				{name: 'bell', imported: 2, duplicates: 0, failed: 0, error: null},
				{name: 'slow', imported: 0, duplicates: 0, failed: 0, error: 'no complete answer within 1 s'},
				{name: 'gone', imported: 0, duplicates: 0, failed: 0, error: 'not found (HTTP 404)'},
				{name: 'mail', imported: 1, duplicates: 0, failed: 1, error: null},
			],
			imported: 3,
		});
	});

	it('says it in one summary line on stderr, with the failures\' reasons', () => {
		expect(first.stderr).toBe(`bell-reader: fetched 2 of 4 sources: imported 3, duplicates 0, not imported 1; failed slow: no complete answer within 1 s; gone: not found (HTTP 404) — ${home.archiveDir}\n`);
	});

	it('the new issues are in the archive, unread', () => {
		expect(list.stdout.trim().split('\n').map(row => row.split('\t').slice(1))).toEqual([
			['2025-06-11', 'unread', 'Нефтяники получили рекордный демпфер'],
			['2025-06-03', 'unread', 'Почему дорожает кофе в России'],
			['2025-06-02', 'unread', 'Сколько зарабатывают маркетплейсы на логистике'],
		]);
	});

	it('asks the named sources again with their validators: nothing new, exit 0', () => {
		expect(again).toEqual({code: 0, stdout: '', stderr: `bell-reader: fetched 2 of 2 sources: imported 0, duplicates 0, not imported 0 — ${home.archiveDir}\n`});
		expect(server.requests.findLast(request => request.url === '/rss')!.headers['if-none-match']).toBe('"rss-1"');
	});

	it('speaks Russian in a Russian locale', () => {
		expect(russian.code).toBe(1);
		expect(russian.stderr).toBe(`bell-reader: загружено 0 из 1 источника: импортировано 0, дубликатов 0, не импортировано 0; ошибки — gone: не найдено (HTTP 404) — ${home.archiveDir}\n`);
	});

	it('keeps each subscription\'s validators and messages in the state', async () => {
		const stored = new Map(config(home).subscriptions.map(subscription => [subscription.name, subscription]));
		expect(stored.get('bell')).toMatchObject({etag: '"rss-1"'});
		expect(stored.get('mail')!.seen).toHaveLength(2);
		const listed = await runCli(['subscriptions'], home.env);
		expect(listed.stdout).toMatch(/^gone\t\S+\t\d{4}-\d\d-\d\d \d\d:\d\d\tfailed: not found \(HTTP 404\)$/mu);
		expect(listed.stdout).toMatch(/^bell\t\S+\t\d{4}-\d\d-\d\d \d\d:\d\d\tnot modified$/mu);
	});

	it('names bell-reader and its version to the server', () => {
		expect(server.requests.findLast(request => request.url === '/rss')!.headers['user-agent']).toMatch(/^bell-reader\/\d+\.\d+\.\d+ /u);
	});

	it('--archive DIR is where the issues go', async () => {
		const fresh = makeTempHome();
		const elsewhere = path.join(fresh.root, 'elsewhere');
		await runCli(['subscribe', server.url('/atom'), '--name', 'atom'], fresh.env);
		const fetched = await runCli(['fetch', '--archive', elsewhere], fresh.env);
		expect(fetched.code).toBe(0);
		expect(readdirSync(elsewhere)).toHaveLength(2);
		expect(existsSync(fresh.archiveDir)).toBe(false);
	});

	it('an unknown name is an error in words, and fetches nothing', async () => {
		const before = server.requests.length;
		expect(await runCli(['fetch', 'bell', 'nope'], home.env)).toMatchObject({code: 1, stderr: 'bell-reader: no subscription named nope; there are: bell, slow, gone, mail\n'});
		expect(server.requests.length).toBe(before);
	});

	it('a bad --timeout is a usage error', async () => {
		expect((await runCli(['fetch', '--timeout', '0'], home.env)).code).toBe(2);
	});
});

describe('subscribing from several terminals at once', () => {
	it('loses no subscription', async () => {
		const home = makeTempHome();
		const names = ['a', 'b', 'c', 'd', 'e', 'f'];
		const results = await Promise.all(names.map(name => runCli(['subscribe', server.url(`/${name}.xml`), '--name', name], home.env)));
		expect(results.map(result => result.code)).toEqual(names.map(() => 0));
		expect(config(home).subscriptions.map(subscription => subscription.name).sort()).toEqual(names);
	});
});

describe('fetch without subscriptions', () => {
	it('fetches nothing, says how to subscribe, and exits 0', async () => {
		const home = makeTempHome();
		expect(await runCli(['fetch', '--json'], home.env)).toEqual({
			code: 0,
			stdout: '{\n  "sources": [],\n  "imported": 0\n}\n',
			stderr: 'bell-reader: no subscriptions; add one with `bell-reader subscribe <feed-url|maildir>`\n',
		});
		expect(existsSync(home.archiveDir)).toBe(false);
	});
});

describe('an interrupted fetch', () => {
	it('ends on SIGTERM with no file half-written and no validator saved for the source under way', async () => {
		const home = makeTempHome();
		await runCli(['subscribe', server.url('/atom'), '--name', 'atom'], home.env);
		await runCli(['subscribe', server.url('/slow'), '--name', 'slow'], home.env);
		const before = server.requests.length;
		const child = spawn(process.execPath, [cliPath, 'fetch'], {env: home.env, stdio: ['ignore', 'pipe', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
		});
		const exited = new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		// The slow source is asked only once the first one is written.
		await expect.poll(() => server.requests.slice(before).some(request => request.url === '/slow'), {timeout: 20_000}).toBe(true);
		child.kill('SIGTERM');
		expect(await exited).toBe(143);
		expect(stderr.trim().split('\n').at(-1)).toBe('bell-reader: interrupted: what was written stays, the source under way is fetched again next time');
		expect(readdirSync(home.archiveDir).filter(name => !name.endsWith('.md'))).toEqual([]);
		expect(readdirSync(home.archiveDir)).toHaveLength(2);
		const stored = new Map(config(home).subscriptions.map(subscription => [subscription.name, subscription]));
		expect(stored.get('atom')!.lastFetched).toBeDefined();
		expect(stored.get('slow')!.lastFetched).toBeUndefined();
		expect(existsSync(path.join(home.archiveDir, '..', 'archive.tmp'))).toBe(false);
	}, 30_000);
});
