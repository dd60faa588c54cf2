import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {PseudoTerminal} from '../helpers/pseudo-terminal.js';
import {temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

// The whole reader in a real terminal: library, reader, pages, a bookmark, a resize, quit;
// then a second start that finds the position and the bookmark; and every exit path
// giving the terminal its screen back.

let home: TemporaryHome;
const running: PseudoTerminal[] = [];

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	for (const terminal of running.splice(0)) {
		terminal.kill('SIGKILL');
	}

	home.remove();
});

function start(args: string[], size?: {cols: number; rows: number}): PseudoTerminal {
	const terminal = new PseudoTerminal(args, home.env, size);
	running.push(terminal);
	return terminal;
}

const pageOf = (screen: string[]) => /^(\d+)\/(\d+)/u.exec(screen.findLast(line => line.trim() !== '') ?? '')?.slice(1).map(Number);
const topWords = (screen: string[]) => screen[1]!.trim().replace(/^• /u, '').split(' ').slice(0, 3).join(' ');

describe('the reader in a real terminal', () => {
	it('keeps position and bookmark across a resize and a restart, and restores the terminal', async () => {
		const first = start([]);
		await first.waitFor(screen => screen[0]!.startsWith('bell-reader · 12 issues · 12 unread · sample archive'), 'the library');
		expect(first.onNormalScreen()).toBe(false);

		first.write('\r');
		await first.waitFor(screen => screen[0]!.startsWith('Золото по $4500'), 'the reader');
		first.write(' ');
		await first.waitFor(screen => pageOf(screen)?.[0] === 2, 'page 2');
		first.write(' ');
		const pageThree = await first.waitFor(screen => pageOf(screen)?.[0] === 3, 'page 3');
		const words = topWords(pageThree);

		first.write('m');
		await first.waitFor(screen => screen.some(line => line.includes('Bookmarked.')), 'the bookmark message');

		first.resize(60, 18);
		const resized = await first.waitFor(screen => screen[0]!.length <= 60 && topWords(screen) === words && screen.filter(line => line.startsWith('Золото')).length === 1, 'the same words on top after the resize');
		expect(resized.slice(18 - 1).join('').trim()).toBe('');

		first.write('q');
		await first.waitFor(screen => screen[0]!.startsWith('bell-reader ·'), 'back in the library');
		first.write('q');
		expect(await first.exit).toMatchObject({exitCode: 0});
		expect(first.onNormalScreen()).toBe(true);
		expect(first.output).toContain('\u001B[?1049h');
		expect(first.output.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(first.output.lastIndexOf('\u001B[?1049h'));

		const config = JSON.parse(readFileSync(path.join(home.configDir, 'config.json'), 'utf8'));
		expect(config.issues['2026-11-20-gold'].position.block).toBeGreaterThan(0);
		expect(config.bookmarks).toHaveLength(1);
		expect(config.bookmarks[0].issue).toBe('2026-11-20-gold');

		const second = start(['latest'], {cols: 60, rows: 18});
		const reopened = await second.waitFor(screen => screen[0]!.startsWith('Золото'), 'the reopened issue');
		expect(topWords(reopened)).toBe(words);
		second.write('B');
		await second.waitFor(screen => screen[0] === 'Bookmarks · 1', 'the bookmarks screen');
		second.write('\u0003');
		expect(await second.exit).toMatchObject({exitCode: 0});
		expect(second.onNormalScreen()).toBe(true);
	}, 60_000);

	it('shows exactly the same top row after three resize round trips and - then +', async () => {
		const terminal = start(['read', '2026-03'], {cols: 100, rows: 30});
		let screen = await terminal.waitFor(current => current[0]!.startsWith('Банк ушел государству') && pageOf(current) !== undefined, 'the reader');
		// One key at a time, each seen on screen: Space, then five lines down.
		for (const key of [' ', 'j', 'j', 'j', 'j', 'j']) {
			const before = screen[1];
			terminal.write(key);
			screen = await terminal.waitFor(current => current[1] !== before, `the screen after ${JSON.stringify(key)}`);
		}

		const topRow = screen[1]!;
		expect(topRow.trim()).not.toBe('');
		const fits = (current: string[], cols: number, rows: number) => current.every(line => line.length <= cols) && pageOf(current.slice(0, rows - 1)) !== undefined;
		for (let round = 1; round <= 3; round++) {
			terminal.resize(60, 20);
			await terminal.waitFor(current => fits(current, 60, 20), `60×20, round ${round}`);
			terminal.resize(100, 30);
			screen = await terminal.waitFor(current => fits(current, 100, 30) && current[1] === topRow, `the same top row at 100×30, round ${round}`);
		}

		terminal.write('-');
		await terminal.waitFor(current => current.some(line => line.includes('Text width 72.')), 'the narrower text');
		terminal.write('+');
		screen = await terminal.waitFor(current => current.some(line => line.includes('Text width 76.')), 'the wider text');
		expect(screen[1]).toBe(topRow);

		terminal.write('q');
		expect(await terminal.exit).toMatchObject({exitCode: 0});
		expect(terminal.onNormalScreen()).toBe(true);
	}, 60_000);

	it('takes --width and --full for the run, and quits to the shell on q', async () => {
		const terminal = start(['latest', '--width', '40', '--full'], {cols: 100, rows: 30});
		const screen = await terminal.waitFor(current => current[0]!.startsWith('Золото') && pageOf(current) !== undefined, 'the reader');
		const text = screen.slice(1, 26).filter(line => line.trim() !== '');
		expect(text.length).toBeGreaterThan(10);
		for (const line of text) {
			// A 40-column text column centred in 100 columns.
			expect(line.slice(0, 30).trim(), line).toBe('');
			expect(line.length, line).toBeLessThanOrEqual(70);
		}

		expect(Math.max(...text.map(line => line.length))).toBeGreaterThan(60);
		terminal.write('G');
		await terminal.waitFor(current => current.some(line => line.includes('НАСТОЯЩИЙ МАТЕРИАЛ')), 'the notices after the story');
		terminal.write('q');
		expect(await terminal.exit).toMatchObject({exitCode: 0});
		expect(terminal.onNormalScreen()).toBe(true);
		const config = JSON.parse(readFileSync(path.join(home.configDir, 'config.json'), 'utf8'));
		expect(config.settings?.textWidth).toBeUndefined();
	}, 30_000);

	it('paints the library from the catalog cache at once, then shows what changed since', async () => {
		const archive = path.join(home.root, 'archive');
		mkdirSync(archive);
		writeFileSync(path.join(archive, '2026-01-01-a.txt'), 'Старый заголовок\n\nТекст.\n');
		const first = start(['--archive', archive]);
		await first.waitFor(screen => screen.some(line => line.includes('Старый заголовок')), 'the first start');
		first.write('q');
		await first.exit;

		writeFileSync(path.join(archive, '2026-01-01-a.txt'), 'Новый заголовок, подлиннее\n\nТекст.\n');
		const second = start(['--archive', archive]);
		await second.waitFor(screen => screen.some(line => line.includes('Новый заголовок, подлиннее')), 'the changed title');
		second.write('q');
		expect(await second.exit).toMatchObject({exitCode: 0});
	}, 30_000);

	it.each([['SIGTERM', 143], ['SIGHUP', 129]] as const)('restores the terminal and saves the position on %s', async (signal, code) => {
		const terminal = start(['latest']);
		await terminal.waitFor(screen => screen[0]!.startsWith('Золото'), 'the reader');
		terminal.write(' ');
		await terminal.waitFor(screen => pageOf(screen)?.[0] === 2, 'page 2');
		terminal.kill(signal);
		expect(await terminal.exit).toMatchObject({exitCode: code});
		expect(terminal.onNormalScreen()).toBe(true);
		const config = JSON.parse(readFileSync(path.join(home.configDir, 'config.json'), 'utf8'));
		expect(config.issues['2026-11-20-gold'].position.block).toBeGreaterThan(0);
	}, 30_000);
});

describe('the library in a real terminal', () => {
	it.each([{cols: 100, rows: 5}, {cols: 19, rows: 30}])('shows only the too-small message at $cols×$rows, from the cached first frame on', async size => {
		// A first start leaves the catalog's head, which the next start paints before Ink loads.
		const first = start([]);
		await first.waitFor(screen => screen[0]!.startsWith('bell-reader'), 'the library');
		first.write('q');
		await first.exit;

		const small = start([], size);
		const screen = await small.waitFor(rows => rows.join(' ').includes('20×6'), 'the too-small message');
		// The message alone: no header, no issue, whatever was painted first.
		expect(screen.join('\n')).not.toMatch(/bell-reader|2026-|Золото/u);
		small.write('q');
		expect(await small.exit).toMatchObject({exitCode: 0});
	}, 30_000);
});
