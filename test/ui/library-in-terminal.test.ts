import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {PseudoTerminal} from '../helpers/pseudo-terminal.js';
import {temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

// The library in a real terminal: what the first frame, painted before Ink loads, and Ink's
// frames leave on the screen together.

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

function start(size: {cols: number; rows: number}): PseudoTerminal {
	const terminal = new PseudoTerminal([], home.env, size);
	running.push(terminal);
	return terminal;
}

describe('the library in a real terminal', () => {
	it.each([{cols: 100, rows: 5}, {cols: 19, rows: 30}])('shows only the too-small message at $cols×$rows, from the cached first frame on', async size => {
		// A first start leaves the catalog's head, which the next start paints before Ink loads.
		const first = start({cols: 80, rows: 24});
		await first.waitFor(screen => screen[0]!.startsWith('bell-reader'), 'the library');
		first.write('q');
		await first.exit;

		const small = start(size);
		const screen = await small.waitFor(rows => rows.join(' ').includes('20×6'), 'the too-small message');
		// The message alone: no header, no issue, whatever was painted first.
		expect(screen.join('\n')).not.toMatch(/bell-reader|2026-|Золото/u);
		small.write('q');
		expect(await small.exit).toMatchObject({exitCode: 0});
	}, 30_000);
});
