import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeFileInFolder} from '../../source/export/write-export-files.js';
import {WriteError} from '../../source/library/write-file-atomically.js';

function codeOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof WriteError) {
			return error.code;
		}

		throw error;
	}

	return 'written';
}

describe('writeFileInFolder', () => {
	it('without replace, never overwrites a file and leaves no temporary file', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'bell-write-'));
		writeFileSync(path.join(dir, 'issue.md'), 'old');
		expect(codeOf(() => writeFileInFolder(dir, 'issue.md', 'new', {replace: false}))).toBe('EEXIST');
		expect(readFileSync(path.join(dir, 'issue.md'), 'utf8')).toBe('old');
		expect(codeOf(() => writeFileInFolder(dir, 'other.md', 'new', {replace: false}))).toBe('written');
		expect(readdirSync(dir).sort()).toEqual(['issue.md', 'other.md']);
	});

	it('with replace, replaces', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'bell-write-'));
		writeFileSync(path.join(dir, 'issue.md'), 'old');
		writeFileInFolder(dir, 'issue.md', 'new', {replace: true});
		expect(readFileSync(path.join(dir, 'issue.md'), 'utf8')).toBe('new');
		expect(readdirSync(dir)).toEqual(['issue.md']);
	});

	it('refuses names that leave the folder', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'bell-write-'));
		expect(codeOf(() => writeFileInFolder(dir, '../escape.md', 'x', {replace: false}))).toBe('EOUTSIDE');
		expect(codeOf(() => writeFileInFolder(dir, 'sub/inner.md', 'x', {replace: false}))).toBe('EOUTSIDE');
		expect(readdirSync(dir)).toEqual([]);
	});
});
