import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Issue} from '../../source/archive/issue.js';
import {readIssueFile} from '../../source/library/read-issue-file.js';
import {storyWords} from '../../source/archive/reading-time.js';
import {keepIssue, keptIssuesMax, readKeptIssue} from '../../source/library/story-cache.js';

let root: string;
let archive: string;
let cache: string;
let file: string;

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-stories-'));
	archive = path.join(root, 'archive');
	cache = path.join(root, 'cache');
	mkdirSync(archive);
	file = path.join(archive, '2026-01-01-a.txt');
	writeFileSync(file, 'Первый выпуск\n\nТекст **выпуска** из пяти слов.\n\n— Цитата\n\nСкопировать ссылку\n\nВторой выпуск\n\nО нем кратко.\n');
});

afterEach(() => {
	rmSync(root, {recursive: true, force: true});
});

function parsed(name = file): Issue & {words: number} {
	const result = readIssueFile(name, {});
	if ('problem' in result) {
		throw new Error(`not an issue: ${name}`);
	}

	return {...result, words: storyWords(result)};
}

const keptFiles = () => readdirSync(path.join(cache, 'stories')).filter(name => name.endsWith('.json'));

function damage(change: (kept: {version: number; file: string; size: number; mtimeMs: number; issue: Record<string, unknown>}) => void): void {
	const [name] = keptFiles();
	const keptPath = path.join(cache, 'stories', name!);
	const kept = JSON.parse(readFileSync(keptPath, 'utf8'));
	change(kept);
	writeFileSync(keptPath, JSON.stringify(kept));
}

describe('the story cache', () => {
	it('gives back the issue as it was parsed while the file has the same size and time', () => {
		const issue = parsed();
		keepIssue(cache, file, statSync(file), 'none', issue);
		expect(readKeptIssue(cache, file, statSync(file), 'none')).toEqual(issue);
	});

	it('has nothing for an issue parsed with another learned boilerplate', () => {
		keepIssue(cache, file, statSync(file), 'none', parsed());
		expect(readKeptIssue(cache, file, statSync(file), 'a1b2c3')).toBeUndefined();
		expect(readKeptIssue(cache, file, statSync(file), 'none')).toBeDefined();
	});

	it('has nothing for a file never kept, or one changed since', () => {
		expect(readKeptIssue(cache, file, statSync(file), 'none')).toBeUndefined();
		keepIssue(cache, file, statSync(file), 'none', parsed());
		const later = new Date(Date.now() + 5000);
		utimesSync(file, later, later);
		expect(readKeptIssue(cache, file, statSync(file), 'none')).toBeUndefined();
		writeFileSync(file, 'Первый выпуск\n\nДругой текст.\n');
		expect(readKeptIssue(cache, file, statSync(file), 'none')).toBeUndefined();
	});

	it('takes nothing damaged, written by another version, or kept for another file', () => {
		const stats = statSync(file);
		const keep = () => {
			keepIssue(cache, file, stats, 'none', parsed());
		};

		const damages: Array<(kept: {version: number; file: string; size: number; mtimeMs: number; issue: Record<string, unknown>}) => void> = [
			kept => {
				kept.version++;
			},
			kept => {
				kept.file = path.join(archive, 'other.txt');
			},
			kept => {
				kept.issue.story = [{type: 'table', text: 'x'}];
			},
			kept => {
				kept.issue.story = [{type: 'paragraph', text: 'короткий', marks: [{start: 0, end: 99, kind: 'bold'}]}];
			},
			kept => {
				kept.issue.teasers = [{title: 1}];
			},
			kept => {
				kept.issue.source = path.join(archive, 'other.txt');
			},
			kept => {
				delete kept.issue.notices;
			},
			kept => {
				kept.issue.words = -1;
			},
			kept => {
				kept.issue.noticeReasons = [{kind: 'repeated'}];
			},
		];
		for (const change of damages) {
			keep();
			expect(readKeptIssue(cache, file, stats, 'none')).toBeDefined();
			damage(change);
			expect(readKeptIssue(cache, file, stats, 'none')).toBeUndefined();
		}

		keep();
		writeFileSync(path.join(cache, 'stories', keptFiles()[0]!), '{"version":');
		expect(readKeptIssue(cache, file, stats, 'none')).toBeUndefined();
	});

	it(`keeps at most ${keptIssuesMax} issues, letting go of those kept longest ago`, () => {
		const files = Array.from({length: keptIssuesMax + 6}, (_, index) => {
			const name = path.join(archive, `2026-02-${String(index + 1).padStart(3, '0')}.txt`);
			writeFileSync(name, `Выпуск ${index}\n\nТекст.\n`);
			return name;
		});
		for (const [index, name] of files.entries()) {
			keepIssue(cache, name, statSync(name), 'none', parsed(name));
			// Kept one after another: each later than the last, whatever the clock's grain.
			const keptAt = new Date(Date.now() - ((files.length - index) * 1000));
			const [newest] = readdirSync(path.join(cache, 'stories'))
				.map(kept => path.join(cache, 'stories', kept))
				.filter(kept => readFileSync(kept, 'utf8').includes(JSON.stringify(name)));
			utimesSync(newest!, keptAt, keptAt);
		}

		expect(keptFiles()).toHaveLength(keptIssuesMax);
		expect(readKeptIssue(cache, files[0]!, statSync(files[0]!), 'none')).toBeUndefined();
		expect(readKeptIssue(cache, files.at(-1)!, statSync(files.at(-1)!), 'none')).toBeDefined();
	});
});
