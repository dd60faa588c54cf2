import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {watcherFolder} from '../../source/library/archive-watch.js';
import {askGeneration} from '../../source/library/watcher-question.js';
import {cliPath, runCli, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

// The built binary: no command leaves a process behind, and `bell-reader watch`, asked for,
// makes later commands take their caches on its word, yet see every edit.

let home: TemporaryHome;
let archive: string;
const issueCount = 1500;

const issueFile = (number: number) => path.join(archive, `vypusk-${String(number).padStart(4, '0')}.txt`);
const writeIssue = (number: number, title: string, text: string) => {
	writeFileSync(issueFile(number), `${title}\n\n${text}\n\nСкопировать ссылку\n`);
};

/** Processes whose command line names this test's archive: what a command might have left running. */
function processesNaming(text: string): number[] {
	const found: number[] = [];
	for (const pid of readdirSync('/proc').filter(name => /^\d+$/u.test(name))) {
		try {
			if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text) && Number(pid) !== process.pid) {
				found.push(Number(pid));
			}
		} catch {
			// Gone while we looked.
		}
	}

	return found;
}

beforeAll(() => {
	home = temporaryHome();
	archive = path.join(home.root, 'archive');
	mkdirSync(archive);
	for (let number = 1; number <= issueCount; number++) {
		writeIssue(number, `Выпуск номер ${number}`, `Рынок и ставки в выпуске ${number}.`);
	}
});

afterAll(() => {
	home.remove();
});

const list = async (env = home.env) => {
	const result = await runCli(['list', '--archive', archive], env);
	expect(result.stderr).toBe('');
	return result.stdout;
};

describe.runIf(process.platform === 'linux')('processes, through the command line', () => {
	it('leaves none running after list, search and export with default settings', async () => {
		expect((await list()).split('\n')).toHaveLength(issueCount + 1);
		expect((await runCli(['search', 'ставки', '--archive', archive, '--limit', '1'], home.env)).code).toBe(0);
		expect((await runCli(['export', 'vypusk-0001', '--archive', archive], home.env)).code).toBe(0);
		expect(processesNaming(archive)).toEqual([]);
		expect(existsSync(watcherFolder(home.cacheDir, archive))).toBe(false);
	});
});

describe.runIf(process.platform === 'linux')('bell-reader watch', () => {
	let watcher: ChildProcess;
	let stderr = '';
	const folder = () => watcherFolder(home.cacheDir, archive);

	beforeAll(async () => {
		watcher = spawn(process.execPath, [cliPath, 'watch', '--archive', archive], {env: home.env, stdio: ['ignore', 'ignore', 'pipe']});
		watcher.stderr!.setEncoding('utf8');
		watcher.stderr!.on('data', (chunk: string) => {
			stderr += chunk;
		});
		await vi.waitFor(async () => {
			expect(await askGeneration(folder())).toBeDefined();
		}, {timeout: 20_000, interval: 50});
	});

	afterAll(async () => {
		if (watcher.exitCode === null) {
			watcher.kill('SIGTERM');
			await new Promise(resolve => watcher.once('exit', resolve));
		}
	});

	it('says what it watches, and refuses a second watcher of the same archive', async () => {
		expect(stderr).toContain(`watching ${archive}`);
		const second = await runCli(['watch', '--archive', archive], home.env);
		expect(second.code).toBe(1);
		expect(second.stderr).toBe(`bell-reader: ${archive} is already watched (process ${watcher.pid})\n`);
	});

	it('lets commands trust their caches, yet every edit is listed and found', async () => {
		const generation = await askGeneration(folder());
		// Checked once at the watcher's generation, then taken on its word.
		await list();
		expect(await list()).toContain('Выпуск номер 7\n');

		// In place, as most editors save: the folder itself does not change.
		writeIssue(7, 'Квазары вместо нефти', 'Инвесторы уходят в квазары.');
		expect(await list()).toContain('\tКвазары вместо нефти\n');
		expect(await askGeneration(folder())).not.toBe(generation);

		const mark = await runCli(['mark', 'vypusk-0003', '--archive', archive], home.env);
		expect(mark.code).toBe(0);
		const listed = await list();
		expect(listed).toContain('vypusk-0003\t-\tread\tВыпуск номер 3\n');
		expect(listed).toBe(await list({...home.env, BELL_READER_WATCHER: 'off'}));

		const search = async (query: string) => JSON.parse((await runCli(['search', query, '--json', '--archive', archive], home.env)).stdout) as Array<{id: string}>;
		expect((await search('квазар')).map(result => result.id)).toEqual(['vypusk-0007']);
		expect((await search('квазар')).map(result => result.id)).toEqual(['vypusk-0007']);
		writeIssue(8, 'Пульсары', 'Пульсары и квазары дешевеют.');
		expect((await search('квазар')).map(result => result.id).sort()).toEqual(['vypusk-0007', 'vypusk-0008']);
	});

	it('stops on `watch --stop`, and commands check every file again', async () => {
		const stop = await runCli(['watch', '--stop', '--archive', archive], home.env);
		expect(stop).toMatchObject({code: 0, stderr: `bell-reader: told the watcher of ${archive} to stop\n`});
		const code = await new Promise(resolve => {
			if (watcher.exitCode === null) {
				watcher.once('exit', resolve);
			} else {
				resolve(watcher.exitCode);
			}
		});
		expect(code).toBe(0);
		expect(stderr).toContain(`stopped watching ${archive}`);
		expect(await askGeneration(folder())).toBeUndefined();
		writeIssue(9, 'После наблюдателя', 'Текст.');
		expect(await list()).toContain('\tПосле наблюдателя\n');
		expect((await runCli(['watch', '--stop', '--archive', archive], home.env)).stderr).toBe(`bell-reader: no watcher runs for ${archive}\n`);
	});
});
