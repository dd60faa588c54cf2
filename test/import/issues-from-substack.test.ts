import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {strToU8, zipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import type {IssueDraft} from '../../source/import/issue-draft.js';
import {isSubstackEntry, issuesFromSubstack} from '../../source/import/issues-from-substack.js';
import {parseCsvRecords} from '../../source/import/parse-csv.js';
import {readZipEntries} from '../../source/import/read-zip.js';
import {problemOf} from './draft-helpers.js';
import {fixturesDir} from './fixtures-path.js';

const exportDir = path.join(fixturesDir, 'substack');

function exportFiles(prefix = ''): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = {[`${prefix}posts.csv`]: readFileSync(path.join(exportDir, 'posts.csv'))};
	for (const name of readdirSync(path.join(exportDir, 'posts'))) {
		files[`${prefix}posts/${name}`] = readFileSync(path.join(exportDir, 'posts', name));
	}

	return files;
}


describe('parseCsvRecords', () => {
	it('reads quoted fields with commas, doubled quotes and newlines', () => {
		expect(parseCsvRecords('a,b\r\n"x, y","он сказал ""да""\nи ушел"\n1,\n')).toEqual([
			{a: 'x, y', b: 'он сказал "да"\nи ушел'},
			{a: '1', b: ''},
		]);
	});
});

describe('a Substack export', () => {
	const posts = issuesFromSubstack(new Map(Object.entries(exportFiles())));

	it('gives one result per row of posts.csv', () => {
		expect(posts.map(post => post.entry)).toEqual([
			'posts/101.kak-zarabatyvayut-na-renovatsii.html',
			'posts/102.chernovik.html',
			'posts/103.pochemu-rastut-tseny-na-bilety.html',
		]);
	});

	it('takes the title and date from the CSV and leads with the subtitle', () => {
		const first = posts[0]!.result as IssueDraft;
		expect(first).toMatchObject({title: 'Как зарабатывают на реновации', date: '2025-04-02', sourceFormat: 'substack'});
		expect(blockText(first.story[0]!)).toBe('Кто строит, кто получает подряды и сколько стоит квадратный метр');
		expect(posts[2]!.result).toMatchObject({title: 'Почему растут цены на билеты, "даже" на поезда', date: '2025-04-09'});
	});

	it('drops the subscribe widgets', () => {
		const text = (posts[0]!.result as IssueDraft).story.map(block => blockText(block)).join('\n');
		expect(text).not.toContain('Subscribe');
		expect(text).not.toContain('Рассылка о городской экономике');
	});

	it('rejects unpublished drafts', () => {
		expect(posts[1]!.result).toEqual({problem: {kind: 'draft-post'}});
	});

	it('says which post file is missing', () => {
		const files = new Map(Object.entries(exportFiles()));
		files.delete('posts/103.pochemu-rastut-tseny-na-bilety.html');
		expect(issuesFromSubstack(files)[2]!.result).toEqual({problem: {kind: 'substack-post-missing', file: 'posts/103.pochemu-rastut-tseny-na-bilety.html'}});
	});

	it('costs only the post whose conversion throws', () => {
		const files = new Map(Object.entries(exportFiles()));
		// linkedom 0.18 throws on a comment left open over a <body> tag.
		files.set('posts/103.pochemu-rastut-tseny-na-bilety.html', strToU8('<!--<body>'));
		const results = issuesFromSubstack(files).map(post => post.result);
		expect(results[0]).toMatchObject({title: 'Как зарабатывают на реновации'});
		expect(results[2]).toMatchObject({problem: {kind: 'malformed', detail: expect.stringMatching(/\S/u)}});
	});

	it('is not one without posts.csv', () => {
		expect(problemOf(() => issuesFromSubstack(new Map([['notes.html', new Uint8Array()]])))).toEqual({kind: 'not-substack'});
	});
});

describe('a zipped Substack export', () => {
	it('is read from inside a wrapping folder', () => {
		const zip = zipSync({...exportFiles('export-2025/'), 'export-2025/images/cover.png': new Uint8Array(1000)});
		const entries = readZipEntries(zip, isSubstackEntry, 10 * 1024 * 1024);
		expect([...entries.keys()].sort()).toEqual([
			'export-2025/posts.csv',
			'export-2025/posts/101.kak-zarabatyvayut-na-renovatsii.html',
			'export-2025/posts/103.pochemu-rastut-tseny-na-bilety.html',
		]);
		expect(issuesFromSubstack(entries).map(post => post.result)).toMatchObject([{title: 'Как зарабатывают на реновации'}, {problem: {kind: 'draft-post'}}, {date: '2025-04-09'}]);
	});

	it('stops inflating a zip bomb at the limit', () => {
		const bomb = zipSync({'posts.csv': strToU8('post_id\n'), 'posts/1.html': new Uint8Array(16 * 1024 * 1024)});
		expect(bomb.length).toBeLessThan(100 * 1024);
		expect(problemOf(() => readZipEntries(bomb, isSubstackEntry, 4 * 1024 * 1024))).toEqual({kind: 'zip-too-large', limitMegabytes: 4});
	});

	it('says what is wrong with a file that is not a zip', () => {
		expect(problemOf(() => readZipEntries(strToU8('это не zip, а текст'), isSubstackEntry, 1024))).toMatchObject({kind: 'bad-zip'});
		const truncated = zipSync(exportFiles()).subarray(0, 300);
		expect(problemOf(() => issuesFromSubstack(readZipEntries(truncated, isSubstackEntry, 1024 * 1024)))).toMatchObject({kind: expect.stringMatching(/bad-zip|not-substack/u)});
	});
});
