/**
 * A one-line progress bar for stderr, redrawn in place with a carriage return. Only numbers
 * and block characters, so it needs no translation.
 */

export const progressBarWidth = 24;

/** `label [████░░░░]  50% 40/80`; the label (what is being done) is optional. */
export function formatProgressBar(fraction: number, done: number, total: number, label = ''): string {
	const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
	const filled = Math.round(clamped * progressBarWidth);
	const percent = String(Math.floor(clamped * 100)).padStart(3);
	return `${label === '' ? '' : `${label} `}[${'█'.repeat(filled)}${'░'.repeat(progressBarWidth - filled)}] ${percent}% ${done}/${total}`;
}

/** Erases the bar's line so what is printed next starts clean. */
export const clearLine = '\r\u001B[2K';

/** A bar kept on one line of stderr: drawn again only when its percentage moves, erased once at the end if it was ever drawn. */
export type ProgressLine = {
	draw: (fraction: number, done: number, total: number) => void;
	clear: () => void;
};

export function progressLine(write: (text: string) => void, label = ''): ProgressLine {
	let drawn = -1;
	return {
		draw(fraction, done, total) {
			// At most a hundred writes, however many items.
			const percent = Math.floor(fraction * 100);
			if (percent !== drawn) {
				drawn = percent;
				write(`\r${formatProgressBar(fraction, done, total, label)}`);
			}
		},
		clear() {
			if (drawn !== -1) {
				drawn = -1;
				write(clearLine);
			}
		},
	};
}

/** Fewer files than this are read before a person would notice; no progress is shown for them. */
export const progressThreshold = 100;

/**
 * A listener for work reported as `done` of `total` that keeps a bar on one line, for work
 * big enough to take a while, erased when the last item is done.
 */
export function progressListener(write: (text: string) => void, label: string): (done: number, total: number) => void {
	const progress = progressLine(write, label);
	return (done, total) => {
		if (total < progressThreshold) {
			return;
		}

		if (done === total) {
			progress.clear();
		} else {
			progress.draw(done / total, done, total);
		}
	};
}
