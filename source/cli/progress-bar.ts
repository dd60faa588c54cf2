/**
 * One line of progress for stderr, redrawn in place with `\r`: `indexing ▕████░░░░▏ 1234/10000`.
 * Pure: the caller decides when (a terminal, a large job) and how often to draw it.
 */
export function progressBar(label: string, done: number, total: number, width: number): string {
	const counter = `${done}/${total}`;
	const barWidth = Math.max(10, Math.min(40, width - label.length - counter.length - 5));
	const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
	const filled = Math.round(fraction * barWidth);
	return `${label} ▕${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}▏ ${counter}`;
}
