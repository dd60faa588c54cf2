import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findInputs} from '../../source/import/find-inputs.js';
import {fixturesDir} from './fixtures-path.js';

function tempDir(): string {
	return mkdtempSync(path.join(os.tmpdir(), 'bell-find-'));
}

describe('findInputs', () => {
	it('walks a folder in name order, each file with its kind, a Substack export as one input', () => {
		const found = findInputs([fixturesDir]);
		expect(found.failed).toEqual([]);
		expect(found.inputs.map(input => `${path.relative(fixturesDir, input.file)} ${input.kind}`)).toEqual([
			'2025-02-11-apteki.txt page-dump',
			'broken-feed.xml feed',
			'feed-atom.xml feed',
			'feed-rss.xml feed',
			'issue-front-matter.md markdown',
			'landing.html html',
			'listing.html html',
			'mail-koi8-r-base64.eml mail',
			'mail-truncated.eml mail',
			'mail-windows-1251-qp.eml mail',
			'newsletters.mbox mbox',
			'saved-page.html html',
			'substack substack-folder',
			'telegram-channel.html html',
		]);
	});

	it('passes over hidden files, a saved page\'s assets and files of other kinds in a folder', () => {
		const dir = tempDir();
		mkdirSync(path.join(dir, 'page_files'));
		writeFileSync(path.join(dir, 'page_files', 'frame.html'), '<p>рамка</p>');
		writeFileSync(path.join(dir, '.hidden.md'), '# скрытый');
		writeFileSync(path.join(dir, 'style.css'), 'p {}');
		writeFileSync(path.join(dir, 'page.html'), '<p>страница</p>');
		expect(findInputs([dir])).toEqual({inputs: [{file: path.join(dir, 'page.html'), kind: 'html', bytes: 23}], failed: []});
	});

	it('gives a named file that is missing or of no known kind its reason', () => {
		const dir = tempDir();
		writeFileSync(path.join(dir, 'picture.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
		const found = findInputs([path.join(dir, 'missing.xml'), path.join(dir, 'picture.png')]);
		expect(found.inputs).toEqual([]);
		expect(found.failed.map(failure => failure.problem)).toEqual([{kind: 'missing'}, {kind: 'unsupported', extension: '.png'}]);
	});

	it('takes a named posts.csv as its whole Substack export', () => {
		const found = findInputs([path.join(fixturesDir, 'substack', 'posts.csv')]);
		expect(found.inputs).toEqual([{file: path.join(fixturesDir, 'substack'), kind: 'substack-folder', bytes: 0}]);
	});
});
