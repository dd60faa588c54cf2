import {spawnSync} from 'node:child_process';

/** Small statistics and process timing shared by the benchmarks. */

export function median(values: readonly number[]): number {
	return percentile(values, 0.5);
}

/** The value at `share` (0…1) of the sorted values, nearest rank. */
export function percentile(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/** Median of `runs` timings of `work` in milliseconds, after one warm-up run. */
export function medianMs(runs: number, work: () => void): number {
	work();
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}

	return median(times);
}

export function round(value: number, digits = 1): number {
	return Number(value.toFixed(digits));
}

export type Command = {command: string; args: readonly string[]; env?: NodeJS.ProcessEnv};

/** Wall time of one run of a command to its exit, stdout and stderr piped (as a script would read them). */
export function runMs({command, args, env}: Command): number {
	const start = performance.now();
	const result = spawnSync(command, args, {env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 300)}`);
	}

	return elapsed;
}

/**
 * Median wall times of several commands, interleaved run by run so that a noisy moment
 * of a shared machine falls on all of them alike (each command warmed up once first).
 */
export function interleavedMedians(commands: readonly Command[], runs: number): number[] {
	for (const command of commands) {
		runMs(command);
	}

	const times: number[][] = commands.map(() => []);
	for (let run = 0; run < runs; run++) {
		commands.forEach((command, index) => {
			times[index]!.push(runMs(command));
		});
	}

	return times.map(values => median(values));
}

/** Peak resident memory of a command in MB, by GNU time; undefined where it is missing. */
export function peakRssMb({command, args, env}: Command): number | undefined {
	const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
	if (result.error !== undefined || result.status !== 0) {
		return undefined;
	}

	const kilobytes = Number(result.stderr.trim().split('\n').at(-1));
	return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
}
