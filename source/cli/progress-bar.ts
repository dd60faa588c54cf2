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
