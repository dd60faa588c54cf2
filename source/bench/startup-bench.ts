import {rmSync} from 'node:fs';
import path from 'node:path';
import type {BenchRow} from './bench-row.js';
import {benchHome, cliPath, sampleArchive} from './bench-environment.js';
import {interleavedMedians, median, round, runMs, type Command} from './measure.js';
import {timeUntilShown} from './terminal-timing.js';

/**
 * Start-up: printing commands next to `node -e 0` (as every start after the first
 * runs them, and `latest` also for an issue not printed before), and the library's first
 * frame in a real terminal next to a bare `node -e "console.log('x')"` showing its line.
 */
export const startupBench = {
	name: 'start-up (issue 7)',
	async run(quick: boolean): Promise<BenchRow[]> {
		const home = benchHome();
		try {
			const node: Command = {command: process.execPath, args: ['-e', '0'], env: home.env};
			const cli = (...args: string[]): Command => ({command: process.execPath, args: [cliPath, ...args, '--archive', sampleArchive], env: home.env});
			// The first run builds the catalog cache; starts after it are what users have all day.
			runMs(cli('list'));
			const commands = [cli('list'), cli('latest'), cli('export', 'latest', '--format', 'json')];
			// 61 rounds: on a shared machine one round's ratio moves by ±0.1; a median of many holds still.
			const [baseline, ...times] = interleavedMedians([node, ...commands], quick ? 5 : 61);
			const rows: BenchRow[] = commands.map((command, index) => ({
				name: `start: bell-reader ${command.args.slice(1, -2).join(' ')} (piped)`,
				value: round(times[index]!, 1),
				unit: 'ms',
				baselineName: 'node -e 0',
				baselineValue: round(baseline!, 1),
				ratio: times[index]! / baseline!,
				goal: '≤ 1.5×',
				pass: times[index]! / baseline! <= 1.5,
			}));

			// The same start when the issue was never printed before: parsed, then kept (story-cache.ts).
			const storiesDir = path.join(home.env.XDG_CACHE_HOME!, 'bell-reader', 'stories');
			const firstPrints: number[] = [];
			const firstBaselines: number[] = [];
			for (let run = 0; run < (quick ? 3 : 31); run++) {
				rmSync(storiesDir, {recursive: true, force: true});
				firstPrints.push(runMs(cli('latest')));
				firstBaselines.push(runMs(node));
			}

			const [firstPrintMs, firstBaselineMs] = [median(firstPrints), median(firstBaselines)];
			rows.push({
				name: 'start: bell-reader latest (piped), the issue printed for the first time (parsed, then kept)',
				value: round(firstPrintMs, 1),
				unit: 'ms',
				baselineName: 'node -e 0',
				baselineValue: round(firstBaselineMs, 1),
				ratio: firstPrintMs / firstBaselineMs,
				goal: 'reported',
				pass: true,
			});

			const hello: number[] = [];
			const library: number[] = [];
			for (let run = 0; run < (quick ? 3 : 11); run++) {
				hello.push((await timeUntilShown(process.execPath, ['-e', 'console.log("x")'], 'x', {env: home.env})).ms);
				library.push((await timeUntilShown(process.execPath, [cliPath, '--archive', sampleArchive], 'bell-reader · ', {env: home.env})).ms);
			}

			const helloMs = median(hello);
			const libraryMs = median(library);
			rows.push({
				name: 'first frame of the library in a terminal (12 issues)',
				value: round(libraryMs, 1),
				unit: 'ms',
				baselineName: 'node -e "console.log(\'x\')" showing x',
				baselineValue: round(helloMs, 1),
				ratio: libraryMs / helloMs,
				goal: '≤ 2.5×',
				pass: libraryMs / helloMs <= 2.5,
			});
			return rows;
		} finally {
			await home.remove();
		}
	},
};
