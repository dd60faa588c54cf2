import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;
let aFile: string;

beforeEach(() => {
	home = temporaryHome();
	aFile = path.join(home.root, 'a-file');
	writeFileSync(aFile, 'not a folder');
});

afterEach(() => {
	home.remove();
});

const russian = () => ({...home.env, LANG: 'ru_RU.UTF-8'});

/** Any errno code left bare in a message. */
const bareCode = /\bE[A-Z]{3,}\b/u;

describe('system errors are said in words', () => {
	it('--out naming a file', async () => {
		const [english, inRussian] = await Promise.all([
			runCli(['export', 'latest', '--out', aFile], home.env),
			runCli(['export', 'latest', '--out', aFile], russian()),
		]);
		expect(english).toEqual({code: 1, stdout: '', stderr: `bell-reader: cannot write ${aFile}: not a folder\n`});
		expect(inRussian).toEqual({code: 1, stdout: '', stderr: `bell-reader: не удалось записать ${aFile}: это не папка\n`});
	});

	it('--out inside a file', async () => {
		const result = await runCli(['export', 'all', '--out', path.join(aFile, 'sub')], home.env);
		expect(result).toEqual({code: 1, stdout: '', stderr: `bell-reader: cannot write ${path.join(aFile, 'sub')}: not a folder\n`});
	});

	it('a state folder that cannot be made', async () => {
		const env = {...home.env, XDG_CONFIG_HOME: aFile};
		const [english, inRussian] = await Promise.all([runCli(['mark', 'gold'], env), runCli(['mark', 'gold'], {...env, LANG: 'ru_RU.UTF-8'})]);
		expect(english).toEqual({code: 1, stdout: '', stderr: `bell-reader: cannot write ${path.join(aFile, 'bell-reader')}: not a folder\n`});
		expect(inRussian.stderr).toBe(`bell-reader: не удалось записать ${path.join(aFile, 'bell-reader')}: это не папка\n`);
	});

	it('an archive or an import target that is a file', async () => {
		const results = await Promise.all([
			runCli(['list', '--archive', aFile], home.env),
			runCli(['import', aFile, '--archive', path.join(aFile, 'archive')], home.env),
			runCli(['search', 'золото', '--archive', aFile], russian()),
		]);
		expect(results[0]).toEqual({code: 1, stdout: '', stderr: `bell-reader: cannot read the archive ${aFile}: not a folder\n`});
		for (const result of results) {
			expect(result.code).toBe(1);
			expect(result.stderr).not.toMatch(bareCode);
			expect(result.stderr).not.toContain('unexpected error');
		}
	});
});
