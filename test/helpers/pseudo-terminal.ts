import {Terminal} from '@xterm/headless';
import pty from 'node-pty';
import {cliPath} from './run-cli.js';

/**
 * The built CLI in a real pseudo-terminal (node-pty), its output fed into a headless xterm
 * so tests read the screen as a user sees it.
 */
export class PseudoTerminal {
	readonly terminal: Terminal;
	/** Everything the program wrote, escape codes included. */
	output = '';
	exit: Promise<{exitCode: number; signal?: number}>;
	readonly #process: pty.IPty;

	constructor(args: readonly string[], env: NodeJS.ProcessEnv, size = {cols: 80, rows: 24}) {
		this.terminal = new Terminal({...size, allowProposedApi: true});
		// Ink renders nothing until exit when it thinks it runs in CI (CI or GITHUB_ACTIONS set).
		const {CI: _ci, GITHUB_ACTIONS: _actions, ...childEnv} = env;
		this.#process = pty.spawn(process.execPath, [cliPath, ...args], {...size, name: 'xterm-256color', env: {...childEnv, TERM: 'xterm-256color'} as Record<string, string>});
		this.#process.onData(data => {
			this.output += data;
			this.terminal.write(data);
		});
		this.exit = new Promise(resolve => {
			this.#process.onExit(resolve);
		});
	}

	/** The visible screen, one string per row, trailing spaces trimmed. */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		return Array.from({length: this.terminal.rows}, (_, row) => buffer.getLine(row)?.translateToString(true) ?? '');
	}

	/** Whether the program left the alternate screen (xterm is back on its normal buffer). */
	onNormalScreen(): boolean {
		return this.terminal.buffer.active.type === 'normal';
	}

	async waitFor(predicate: (screen: string[]) => boolean, what: string, timeoutMs = 10_000): Promise<string[]> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			// The xterm parser works asynchronously; let it catch up.
			await new Promise(resolve => {
				setTimeout(resolve, 25);
			});
			const screen = this.screen();
			if (predicate(screen)) {
				return screen;
			}
		}

		throw new Error(`timed out waiting for ${what}; the screen:\n${this.screen().join('\n')}`);
	}

	write(keys: string): void {
		this.#process.write(keys);
	}

	resize(cols: number, rows: number): void {
		this.terminal.resize(cols, rows);
		this.#process.resize(cols, rows);
	}

	kill(signal: string): void {
		this.#process.kill(signal);
	}
}
