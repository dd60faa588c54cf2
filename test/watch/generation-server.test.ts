import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {askGeneration, processStart} from '../../source/library/watcher-question.js';
import {serveGenerations, type GenerationService} from '../../source/watch/generation-server.js';

let root: string;
let archive: string;
let folder: string;
const services: GenerationService[] = [];

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-watch-'));
	archive = path.join(root, 'archive');
	folder = path.join(root, 'watch-key');
	mkdirSync(archive);
	writeFileSync(path.join(archive, '2026-01-01-a.txt'), 'Первый выпуск\n\nТекст.\n');
});

afterEach(() => {
	for (const service of services.splice(0)) {
		service.close();
	}

	rmSync(root, {recursive: true, force: true});
});

function serve(checkEveryMs?: number): GenerationService {
	const service = serveGenerations({root: archive, folder, answerKeptMs: 50, ...(checkEveryMs === undefined ? {} : {checkEveryMs})});
	if ('problem' in service) {
		throw new Error(`not serving: ${service.problem}`);
	}

	services.push(service);
	return service;
}

const generation = () => askGeneration(folder);

describe('the archive watcher', () => {
	it('gives the same generation while nothing changes', async () => {
		serve();
		const first = await generation();
		expect(first).toMatch(/^\d+-[\da-z]+\.0$/u);
		expect(await generation()).toBe(first);
	});

	it('gives another generation for every change made before the question, with no wait in between', async () => {
		serve();
		const seen = new Set([await generation()]);
		const file = path.join(archive, '2026-01-01-a.txt');
		const changes = [
			() => appendFileSync(file, 'Ещё абзац.\n'),
			() => writeFileSync(file, 'Новое название\n\nТекст.\n'),
			() => writeFileSync(path.join(archive, '2026-01-02-b.txt'), 'Второй\n'),
			() => renameSync(path.join(archive, '2026-01-02-b.txt'), path.join(archive, '2026-01-03-b.txt')),
			() => rmSync(path.join(archive, '2026-01-03-b.txt')),
		];
		for (const change of changes) {
			change();
			const next = await generation();
			expect(seen.has(next)).toBe(false);
			seen.add(next);
		}
	});

	it('sees files in folders made after it started, and in a folder removed and made again', async () => {
		serve();
		const folder = path.join(archive, '2026');
		mkdirSync(folder);
		writeFileSync(path.join(folder, '2026-02-01-c.txt'), 'Третий\n');
		const afterFolder = await generation();
		appendFileSync(path.join(folder, '2026-02-01-c.txt'), 'Ещё.\n');
		const afterEdit = await generation();
		expect(afterEdit).not.toBe(afterFolder);

		rmSync(folder, {recursive: true});
		mkdirSync(folder);
		const afterReplace = await generation();
		expect(afterReplace).not.toBe(afterEdit);
		writeFileSync(path.join(folder, '2026-02-02-d.txt'), 'Четвёртый\n');
		expect(await generation()).not.toBe(afterReplace);
	});

	it('stops, answering nothing, when the folder it watches is replaced', async () => {
		const service = serve();
		expect(await generation()).toBeDefined();
		renameSync(archive, `${archive}.old`);
		mkdirSync(archive);
		expect(await generation()).toBeUndefined();
		await service.stopped;
		expect(existsSync(path.join(folder, 'owner'))).toBe(false);
	});

	it('stops when closed, or when its owner file is removed (`watch --stop`)', async () => {
		serve().close();
		expect(existsSync(path.join(folder, 'owner'))).toBe(false);
		expect(await generation()).toBeUndefined();

		const service = serve();
		expect(await generation()).toBeDefined();
		rmSync(path.join(folder, 'owner'));
		await service.stopped;
		expect(await generation()).toBeUndefined();
	});

	it('refuses to start while another watcher owns the folder, and takes over one left behind', async () => {
		serve();
		const first = await generation();
		expect(serveGenerations({root: archive, folder})).toEqual({problem: 'already-watched', pid: process.pid});
		expect(await generation()).toBe(first);
		services.pop()!.close();

		// What a killed watcher leaves behind: its owner file, naming a process that is gone.
		writeFileSync(path.join(folder, 'owner'), '999999999 1');
		serve();
		expect(await generation()).toMatch(/\.0$/u);
	});

	it('is taken for none when nothing answers', async () => {
		expect(await generation()).toBeUndefined();
	});

	it('answers many askers at once alike, and leaves only its owner file behind', async () => {
		serve();
		const answers = await Promise.all(Array.from({length: 20}, async () => generation()));
		expect(new Set(answers).size).toBe(1);
		expect(answers[0]).toMatch(/\.0$/u);
		// Answers are removed by the watcher a moment after the asker read them.
		await vi.waitFor(() => {
			expect(readdirSync(folder)).toEqual(['owner']);
		}, {timeout: 5000, interval: 20});
	});

	it('is not asked when the owner it names is gone or is another process now', async () => {
		mkdirSync(folder);
		// A watcher killed with its files left behind, whose pid a later process took.
		writeFileSync(path.join(folder, 'owner'), `${process.pid} 1`);
		// Not even asked: no question file is made, so none is waited on.
		expect(await generation()).toBeUndefined();
		expect(readdirSync(folder)).toEqual(['owner']);

		writeFileSync(path.join(folder, 'owner'), 'not a pid');
		expect(await generation()).toBeUndefined();
	});

	it('gives up on a running owner that does not answer, and takes its question back', async () => {
		mkdirSync(folder);
		// Alive and named rightly, but not answering: a watcher that hangs.
		writeFileSync(path.join(folder, 'owner'), `${process.pid} ${processStart('self')}`);
		expect(await generation()).toBeUndefined();
		expect(readdirSync(folder)).toEqual(['owner']);
	});

	it('stops when its folder is removed, as clearing the cache does', async () => {
		const service = serve(20);
		rmSync(folder, {recursive: true});
		await service.stopped;
	});

	it('answers questions asked before it watched them, and cleans them up when it stops', async () => {
		mkdirSync(folder);
		writeFileSync(path.join(folder, 'ask-1-1-x'), '');
		writeFileSync(path.join(folder, 'owner'), '999999999 1');
		const service = serve();
		await vi.waitFor(() => {
			expect(readdirSync(folder).sort()).toEqual(['answer-1-1-x', 'owner']);
		}, {timeout: 5000, interval: 20});
		expect(await generation()).toMatch(/\.0$/u);
		service.close();
		expect(readdirSync(folder)).toEqual([]);
		expect(await generation()).toBeUndefined();
	});
});
