import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {askGeneration, processStart, questionFolderOf} from '../../source/watch/generation-question.js';
import {stopWatcher} from '../../source/watch/stop-watcher.js';
import {serveGenerations, type GenerationService} from '../../source/watch/generation-server.js';

let root: string;
let archive: string;
let socketPath: string;
const services: GenerationService[] = [];

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-watch-'));
	archive = path.join(root, 'archive');
	socketPath = path.join(root, 'watch.sock');
	mkdirSync(archive);
	writeFileSync(path.join(archive, '2026-01-01-a.txt'), 'Первый выпуск\n\nТекст.\n');
});

afterEach(() => {
	for (const service of services.splice(0)) {
		service.close();
	}

	rmSync(root, {recursive: true, force: true});
});

async function serve(idleMs = 60_000, onStop?: () => void): Promise<GenerationService> {
	const service = await serveGenerations({root: archive, socketPath, idleMs, onStop, answerKeptMs: 50});
	expect(service).toBeDefined();
	services.push(service!);
	return service!;
}

const generation = () => askGeneration(socketPath);

describe('the archive watcher', () => {
	it('gives the same generation while nothing changes', async () => {
		await serve();
		const first = await generation();
		expect(first).toMatch(/^\d+-[\da-z]+\.0$/u);
		expect(await generation()).toBe(first);
	});

	it('gives another generation for every change made before the question, with no wait in between', async () => {
		await serve();
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
		await serve();
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
		let stopped = false;
		await serve(60_000, () => {
			stopped = true;
		});
		expect(await generation()).toBeDefined();
		renameSync(archive, `${archive}.old`);
		mkdirSync(archive);
		expect(await generation()).toBeUndefined();
		expect(stopped).toBe(true);
		expect(existsSync(socketPath)).toBe(false);
	});

	it('stops when told to, or after being idle', async () => {
		await serve();
		expect(await stopWatcher(socketPath)).toBe(true);
		expect(existsSync(socketPath)).toBe(false);
		expect(await generation()).toBeUndefined();

		const stopped = new Promise<void>(resolve => {
			void serve(50, resolve);
		});
		await stopped;
		expect(existsSync(socketPath)).toBe(false);
	});

	it('leaves the socket to a watcher that already answers, and takes over one left behind', async () => {
		await serve();
		const first = await generation();
		expect(await serveGenerations({root: archive, socketPath, idleMs: 60_000})).toBeUndefined();
		expect(await generation()).toBe(first);
		await stopWatcher(socketPath);

		// What a killed watcher leaves behind: the socket's file, with no process at it.
		writeFileSync(socketPath, '');
		await serve();
		expect(await generation()).toMatch(/\.0$/u);
	});

	it('is taken for none when nothing answers', async () => {
		expect(await generation()).toBeUndefined();
	});

	it('answers many askers at once alike, and leaves only its owner file behind', async () => {
		await serve();
		const answers = await Promise.all(Array.from({length: 20}, async () => generation()));
		expect(new Set(answers).size).toBe(1);
		expect(answers[0]).toMatch(/\.0$/u);
		await new Promise(resolve => setTimeout(resolve, 150));
		expect(readdirSync(questionFolderOf(socketPath))).toEqual(['owner']);
	});

	it('is not asked when the owner it names is gone or is another process now', async () => {
		const folder = questionFolderOf(socketPath);
		mkdirSync(folder);
		// A watcher killed with its files left behind, whose pid a later process took.
		writeFileSync(path.join(folder, 'owner'), `${process.pid} 1`);
		const started = performance.now();
		expect(await generation()).toBeUndefined();
		// Not waited out: it knew at once.
		expect(performance.now() - started).toBeLessThan(200);
		expect(readdirSync(folder)).toEqual(['owner']);

		writeFileSync(path.join(folder, 'owner'), 'not a pid');
		expect(await generation()).toBeUndefined();
	});

	it('gives up on a running owner that does not answer, and takes its question back', async () => {
		const folder = questionFolderOf(socketPath);
		mkdirSync(folder);
		// Alive and named rightly, but not answering: a watcher that hangs.
		writeFileSync(path.join(folder, 'owner'), `${process.pid} ${processStart('self')}`);
		expect(await generation()).toBeUndefined();
		expect(readdirSync(folder)).toEqual(['owner']);
	});

	it('stops when its folder of questions is removed, as clearing the cache does', async () => {
		const stopped = new Promise<void>(resolve => {
			void serveGenerations({root: archive, socketPath, idleMs: 60_000, onStop: resolve, checkEveryMs: 20}).then(service => {
				services.push(service!);
				rmSync(questionFolderOf(socketPath), {recursive: true});
			});
		});
		await stopped;
		expect(existsSync(socketPath)).toBe(false);
	});

	it('takes over a folder of questions left by a killed watcher, and removes it when it stops', async () => {
		const folder = questionFolderOf(socketPath);
		mkdirSync(folder);
		writeFileSync(path.join(folder, 'ask-1-1-x'), '');
		writeFileSync(path.join(folder, 'owner'), '999999999 1');
		const service = await serve();
		expect(readdirSync(folder)).toEqual(['owner']);
		expect(await generation()).toMatch(/\.0$/u);
		service.close();
		expect(existsSync(folder)).toBe(false);
		expect(await generation()).toBeUndefined();
	});
});
