/**
 * The terminal, taken over for the interactive reader: alternate screen, hidden cursor,
 * raw input. Opened before Ink loads (so the first frame can be painted at once) and
 * given back on every exit path — q, Ctrl+C, SIGTERM, SIGHUP, SIGINT, an error, a crash.
 */

export type TerminalSession = {
	/** Runs before the process exits on a signal (saving the reading position). */
	beforeSignalExit: (hook: () => void) => void;
	/** Gives the terminal back; safe to call more than once. */
	restore: () => void;
};

const enterAlternateScreen = '\u001B[?1049h\u001B[?25l';
const leaveAlternateScreen = '\u001B[?25h\u001B[?1049l';
const clearScreen = '\u001B[2J\u001B[H';

const signals: Array<[NodeJS.Signals, number]> = [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]];

export function openTerminalSession(): TerminalSession {
	const hooks: Array<() => void> = [];
	let restored = false;

	// A resize reflows what is on screen, so Ink's line-by-line erase misses rows and the old
	// frame shows under the new one. In the alternate screen nothing else is there to keep:
	// wipe it before Ink (whose listener is added later) draws the new frame.
	const clearOnResize = () => {
		process.stdout.write(clearScreen);
	};

	const handlers = signals.map(([signal, code]) => [signal, () => {
		for (const hook of hooks) {
			try {
				hook();
			} catch {
				// Leaving matters more than any one hook.
			}
		}

		restore();
		process.exit(code);
	}] as const);

	function restore(): void {
		if (restored) {
			return;
		}

		restored = true;
		process.stdout.off('resize', clearOnResize);
		for (const [signal, handler] of handlers) {
			process.off(signal, handler);
		}

		if (process.stdin.isTTY) {
			process.stdin.setRawMode(false);
		}

		process.stdout.write(leaveAlternateScreen);
	}

	process.stdout.write(enterAlternateScreen);
	// Keys typed while the interface loads wait in the terminal instead of echoing over it.
	if (process.stdin.isTTY) {
		process.stdin.setRawMode(true);
	}

	process.on('exit', restore);
	process.stdout.on('resize', clearOnResize);
	for (const [signal, handler] of handlers) {
		process.on(signal, handler);
	}

	return {
		beforeSignalExit(hook) {
			hooks.push(hook);
		},
		restore,
	};
}
