import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {promo, subHeading, welcome, writeNewsletterIssue} from '../helpers/invented-newsletter.js';
import {runCli, temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;
let archive: string;

beforeEach(() => {
	home = temporaryHome();
	archive = path.join(home.root, 'puls');
	mkdirSync(archive);
	for (let index = 0; index < 4; index++) {
		writeNewsletterIssue(archive, index);
	}
});

afterEach(() => {
	home.remove();
});

const cli = (...args: string[]) => runCli([...args, '--archive', archive], home.env);

describe('boilerplate', () => {
	it('says on stderr when nothing was learned, leaving stdout empty', async () => {
		const plain = path.join(home.root, 'plain');
		mkdirSync(plain);
		writeNewsletterIssue(plain, 0);
		const result = await runCli(['boilerplate', '--archive', plain], home.env);
		expect(result).toMatchObject({code: 0, stdout: ''});
		expect(result.stderr).toContain('nothing has been learned from the archive yet');
	});

	it('lists what was learned: number, issues, role, source, text', async () => {
		const result = await cli('boilerplate');
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toBe([
			`1\t4\tnotice\t-\t${welcome}`,
			`2\t4\tnotice\t-\t${promo}`,
			`3\t4\theading\t-\t${subHeading}`,
			'',
		].join('\n'));
		expect(JSON.parse((await cli('boilerplate', '--json')).stdout)[1]).toEqual({number: 2, issues: 4, role: 'notice', source: '', text: promo});
	});

	it('gives each notice of an exported issue its reason', async () => {
		const result = await cli('export', '2026-02', '--format', 'json');
		expect(result.code).toBe(0);
		const issue = JSON.parse(result.stdout);
		expect(issue.notices).toEqual([welcome, promo]);
		expect(issue.noticeReasons).toEqual(['repeated in 4 issues', 'repeated in 4 issues']);
		expect(issue.story.map((block: {text: string}) => block.text)).toContain(subHeading);
	});

	it('keeps a block marked as story, in the state, until it is let go again', async () => {
		expect((await cli('export', '2026-02', '--format', 'json')).code).toBe(0);
		const marked = await cli('boilerplate', 'story', '2');
		expect(marked).toMatchObject({code: 0, stderr: ''});
		expect(marked.stdout).toContain('block 2 stays in the stories');
		expect(JSON.parse(readFileSync(path.join(home.configDir, 'config.json'), 'utf8')).storyBlocks).toEqual([{source: '', text: promo}]);
		expect((await cli('boilerplate')).stdout.split('\n')[1]).toBe(`2\t4\tstory\t-\t${promo}`);

		// The story cache does not answer with the issue as parsed before the choice.
		let issue = JSON.parse((await cli('export', '2026-02', '--format', 'json')).stdout);
		expect(issue.story.at(-1).text).toBe(promo);
		expect(issue.notices).toEqual([welcome]);

		expect((await cli('boilerplate', 'notice', '2')).code).toBe(0);
		issue = JSON.parse((await cli('export', '2026-02', '--format', 'json')).stdout);
		expect(issue.notices).toEqual([welcome, promo]);
	});

	it('says in one line what is wrong with a bad choice', async () => {
		expect(await cli('boilerplate', 'keep', '1')).toMatchObject({code: 1, stdout: '', stderr: 'bell-reader: boilerplate takes story <n> or notice <n>, not "keep"\n'});
		expect(await cli('boilerplate', 'story', '9')).toMatchObject({code: 1, stderr: 'bell-reader: no learned block "9": blocks are numbered 1 to 2 (see `bell-reader boilerplate`)\n'});
		expect(await cli('boilerplate', 'story', '3')).toMatchObject({code: 1});
		const russian = await runCli(['boilerplate', 'keep', '1', '--archive', archive], {...home.env, LANG: 'ru_RU.UTF-8'});
		expect(russian.stderr).toBe('bell-reader: boilerplate принимает story <n> или notice <n>, а не «keep»\n');
	});
});
