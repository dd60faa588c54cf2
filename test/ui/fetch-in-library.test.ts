import {readdirSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {fetchFixture, startFeedServer, withValidators} from '../fetch/feed-server.js';
import {PseudoTerminal} from '../helpers/pseudo-terminal.js';
import {copySampleArchive, runCli, temporaryHome} from '../helpers/run-cli.js';

// The library's fetch key in a real terminal: progress and the outcome in the status
// line, the new issues on top, unread; a source that fails is a line, not a crash.

const server = await startFeedServer({
	'/rss': withValidators(fetchFixture('rss-utf8.xml'), 'application/rss+xml; charset=utf-8', '"rss-1"', 'Tue, 03 Jun 2025 05:00:00 GMT'),
});
const home = temporaryHome();

afterAll(async () => {
	home.remove();
	await server.close();
});

describe('F in the library', () => {
	it('fetches every subscription and shows the new issues on top, unread', async () => {
		const archive = copySampleArchive(home.root);
		const before = readdirSync(archive).length;
		await runCli(['subscribe', server.url('/rss'), '--name', 'bell'], home.env);
		await runCli(['subscribe', server.url('/gone'), '--name', 'gone'], home.env);
		const terminal = new PseudoTerminal(['--archive', archive], home.env, {cols: 100, rows: 20});
		try {
			await terminal.waitFor(screen => screen[0]!.startsWith('bell-reader · 12 issues'), 'the library');
			terminal.write('F');
			const screen = await terminal.waitFor(current => current.some(line => line.includes('2 new issues from 2 sources; failed gone: not found (HTTP 404)')), 'the status line');
			expect(screen[0]).toMatch(/^bell-reader · 14 issues · 14 unread/u);
			const rows = screen.filter(line => /\d{4}-\d\d-\d\d/u.test(line));
			expect(rows[0]).toContain('Почему дорожает кофе в России');
			expect(rows[1]).toContain('Сколько зарабатывают маркетплейсы на логистике');
			expect(readdirSync(archive)).toHaveLength(before + 2);

			terminal.write('\r');
			await terminal.waitFor(current => current[0]!.startsWith('Почему дорожает кофе в России'), 'the new issue opened');
			terminal.write('q');
			await terminal.waitFor(current => current[0]!.startsWith('bell-reader ·'), 'back in the library');
			terminal.write('q');
			expect(await terminal.exit).toMatchObject({exitCode: 0});
		} finally {
			terminal.kill('SIGKILL');
		}
	}, 60_000);
});
