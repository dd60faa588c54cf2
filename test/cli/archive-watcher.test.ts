import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {watchMinFiles, watcherSocketPath} from '../../source/watch/archive-watch.js';
import {askGeneration} from '../../source/watch/generation-question.js';
import {stopWatcher} from '../../source/watch/stop-watcher.js';
import {runCli, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

// The built binary with a real archive watcher: a command that checked every file of a big
// archive starts one, and later commands take the caches on its word, yet see every edit.

let home: TemporaryHome;
let archive: string;
let socketPath: string;

const issueFile = (number: number) => path.join(archive, `vypusk-${String(number).padStart(4, '0')}.txt`);
const writeIssue = (number: number, title: string, text: string) => {
	writeFileSync(issueFile(number), `${title}\n\n${text}\n\nСкопировать ссылку\n`);
};

async function watcherGeneration(): Promise<string | undefined> {
	// Started in the background by the command: give it a moment to listen.
	for (let attempt = 0; attempt < 100; attempt++) {
		const generation = await askGeneration(socketPath);
		if (generation !== undefined) {
			return generation;
		}

		await new Promise(resolve => setTimeout(resolve, 50));
	}

	return undefined;
}

beforeAll(() => {
	home = temporaryHome();
	archive = path.join(home.root, 'archive');
	mkdirSync(archive);
	for (let number = 1; number <= watchMinFiles; number++) {
		writeIssue(number, `Выпуск номер ${number}`, `Рынок и ставки в выпуске ${number}.`);
	}

	socketPath = watcherSocketPath(home.cacheDir, archive)!;
});

afterAll(async () => {
	await stopWatcher(socketPath);
	home.remove();
});

describe('the archive watcher, through the command line', () => {
	const list = async (env = home.env) => {
		const result = await runCli(['list', '--archive', archive], env);
		expect(result.stderr).toBe('');
		return result.stdout;
	};

	it('is not started when turned off', async () => {
		await list({...home.env, BELL_READER_WATCHER: 'off'});
		await new Promise(resolve => setTimeout(resolve, 300));
		expect(existsSync(socketPath)).toBe(false);
	});

	it('is started by a full check of a big archive, and every edit is still listed and found', async () => {
		expect((await list()).split('\n')).toHaveLength(watchMinFiles + 1);
		const generation = await watcherGeneration();
		expect(generation).toBeDefined();
		// Checked once more at the watcher's generation, then taken on its word.
		await list();
		expect(await list()).toContain('Выпуск номер 7\n');

		// In place, as most editors save: the folder itself does not change.
		writeIssue(7, 'Квазары вместо нефти', 'Инвесторы уходят в квазары.');
		expect(await list()).toContain('\tКвазары вместо нефти\n');
		expect(await askGeneration(socketPath)).not.toBe(generation);

		// Listed from the snapshot now: the same bytes as checking every file, reading states included.
		const mark = await runCli(['mark', 'vypusk-0003', '--archive', archive], home.env);
		expect(mark.code).toBe(0);
		const listed = await list();
		expect(listed).toContain('vypusk-0003\t-\tread\tВыпуск номер 3\n');
		expect(listed).toBe(await list({...home.env, BELL_READER_WATCHER: 'off'}));

		const search = async (query: string) => JSON.parse((await runCli(['search', query, '--json', '--archive', archive], home.env)).stdout) as Array<{id: string}>;
		expect((await search('квазар')).map(result => result.id)).toEqual(['vypusk-0007']);
		// The index is now labelled with the generation; the next answer comes without a check.
		expect((await search('квазар')).map(result => result.id)).toEqual(['vypusk-0007']);
		writeIssue(8, 'Пульсары', 'Пульсары и квазары дешевеют.');
		expect((await search('квазар')).map(result => result.id).sort()).toEqual(['vypusk-0007', 'vypusk-0008']);
	});
});
