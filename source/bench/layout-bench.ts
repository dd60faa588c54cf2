import {spawnSync} from 'node:child_process';
import wrapAnsi from 'wrap-ansi';
import type {Block} from '../archive/issue.js';
import {layoutBlocks} from '../layout/layout.js';
import {loadHyphenator} from '../layout/hyphenation.js';
import type {BenchRow} from './bench-row.js';
import {median, medianMs, round} from './measure.js';
import {russianLikeParagraphs} from './russian-like-text.js';

/**
 * The layout benchmark: 1 MB of Russian-like text at 80 columns through the layout
 * engine (typography on; hyphenation off and on), next to wrap-ansi and GNU `fold -s`
 * measured in the same run, and a re-layout of a 100 KB story as on a resize.
 */

const megabyte = 1_000_000;

function bytesOf(paragraphs: readonly string[]): number {
	return paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph) + 1, 0);
}

function megabytesPerSecond(bytes: number, milliseconds: number): number {
	return bytes / megabyte / (milliseconds / 1000);
}

/** `fold -s -w 160` over the same bytes (160 bytes ≈ 80 Cyrillic columns: fold counts bytes), or undefined without fold. */
function foldThroughput(text: string, runs: number): number | undefined {
	const input = Buffer.from(text);
	const probe = spawnSync('fold', ['-s', '-w', '160'], {input: 'проба'});
	if (probe.error !== undefined || probe.status !== 0) {
		process.stderr.write('bench: GNU fold not found, its row is skipped\n');
		return undefined;
	}

	// Includes starting the process, as a user's pipe would.
	const milliseconds = medianMs(runs, () => {
		spawnSync('fold', ['-s', '-w', '160'], {input, maxBuffer: 64 * megabyte});
	});
	return megabytesPerSecond(input.length, milliseconds);
}

export const layoutBench = {
	name: 'layout engine (issue 3)',
	async run(quick: boolean): Promise<BenchRow[]> {
		const hyphenator = await loadHyphenator();
		const runs = quick ? 3 : 7;
		const paragraphs = russianLikeParagraphs(megabyte, 2024);
		const bytes = bytesOf(paragraphs);
		const blocks: Block[] = paragraphs.map(text => ({type: 'paragraph', text}));

		const foldSpeed = foldThroughput(paragraphs.join('\n'), runs);

		// Both modes warm up before either is timed, so the first is not charged for the JIT.
		for (let warmUp = 0; warmUp < 3; warmUp++) {
			layoutBlocks(blocks, {width: 80, hyphenator: warmUp % 2 === 0 ? hyphenator : undefined});
		}

		// wrap-ansi is many times slower than the engine, so it wraps a quarter of the text (an
		// eighth in a quick run) per round. The rounds interleave it with both modes, so that a slow moment of
		// a shared machine falls on all three alike.
		const wrapSlice = paragraphs.slice(0, Math.ceil(paragraphs.length / (quick ? 8 : 4)));
		const wrapBytes = bytesOf(wrapSlice);
		const times = {wrap: [] as number[], off: [] as number[], on: [] as number[]};
		const timed = (work: () => void) => {
			const start = performance.now();
			work();
			return performance.now() - start;
		};

		for (let round = 0; round < (quick ? 2 : 9); round++) {
			times.wrap.push(timed(() => {
				for (const paragraph of wrapSlice) {
					wrapAnsi(paragraph, 80, {hard: true});
				}
			}));
			times.off.push(timed(() => layoutBlocks(blocks, {width: 80})));
			times.on.push(timed(() => layoutBlocks(blocks, {width: 80, hyphenator})));
		}

		const wrapSpeed = megabytesPerSecond(wrapBytes, median(times.wrap));
		const rows: BenchRow[] = [];
		for (const hyphenate of [false, true]) {
			const speed = megabytesPerSecond(bytes, median(hyphenate ? times.on : times.off));
			const name = `layout 1 MB Russian, 80 columns, typography on, hyphenation ${hyphenate ? 'on' : 'off'}`;
			const ratio = speed / wrapSpeed;
			rows.push({
				name, value: round(speed, 1), unit: 'MB/s', baselineName: 'wrap-ansi', baselineValue: round(wrapSpeed, 2), ratio, goal: '≥ 60× and ≥ 20 MB/s', pass: ratio >= 60 && speed >= 20,
			});
			if (foldSpeed !== undefined) {
				// fold only cuts at spaces by byte count: a floor for any real breaker, shown for scale.
				rows.push({
					name, value: round(speed, 1), unit: 'MB/s', baselineName: 'fold -s -w 160', baselineValue: round(foldSpeed, 1), ratio: speed / foldSpeed, goal: '≥ 0.1× (for scale)', pass: speed / foldSpeed >= 0.1,
				});
			}
		}

		// A resize: the whole 100 KB story laid out again at a new width.
		const story: Block[] = russianLikeParagraphs(100_000, 7).map((text, index) => index % 6 === 0
			? {type: 'heading', text: text.slice(0, 60)}
			: {type: 'paragraph', text});
		let width = 79;
		const relayout = medianMs(quick ? 5 : 21, () => {
			width = width === 79 ? 80 : 79;
			layoutBlocks(story, {width});
		});
		const storyBytes = bytesOf(story.map(block => block.type === 'list' ? '' : block.text));
		const wrapStory = storyBytes / megabyte / wrapSpeed * 1000;
		rows.push({
			name: 're-layout of a 100 KB story (resize 79 ↔ 80 columns)', value: round(relayout, 2), unit: 'ms', baselineName: 'wrap-ansi, same text (estimated from its MB/s)', baselineValue: round(wrapStory, 1), ratio: wrapStory / relayout, goal: '≤ 10 ms', pass: relayout <= 10,
		});
		return rows;
	},
};
