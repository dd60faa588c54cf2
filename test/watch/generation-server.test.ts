import {appendFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {askWatcher} from '../../source/watch/ask-watcher.js';
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
	const service = await serveGenerations({root: archive, socketPath, idleMs, onStop});
	expect(service).toBeDefined();
	services.push(service!);
	return service!;
}

const generation = () => askWatcher(socketPath, 'generation');

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
		expect(await askWatcher(socketPath, 'stop')).toBe('stopping');
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
		await askWatcher(socketPath, 'stop');

		// What a killed watcher leaves behind: the socket's file, with no process at it.
		writeFileSync(socketPath, '');
		await serve();
		expect(await generation()).toMatch(/\.0$/u);
	});

	it('is taken for none when nothing answers', async () => {
		expect(await generation()).toBeUndefined();
	});
});
