import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {convertInput, maxContainerMegabytes, type Converted} from '../../source/import/convert-input.js';
import type {Input} from '../../source/import/find-inputs.js';
import {isRejection} from '../../source/import/issue-draft.js';
import {loadIssueParsers} from '../../source/library/issue-parsers.js';
import {fixturesDir} from './fixtures-path.js';

async function convertAll(input: Input): Promise<Converted[]> {
	const parsers = await loadIssueParsers(true);
	const all: Converted[] = [];
	for await (const converted of convertInput(input, parsers)) {
		all.push(converted);
	}

	return all;
}

describe('convertInput', () => {
	it('yields one draft per feed item, numbered from 1, whose shares add up to the whole', async () => {
		const file = path.join(fixturesDir, 'feed-atom.xml');
		const all = await convertAll({file, kind: 'feed', bytes: 1797});
		expect(all.map(converted => converted.source)).toEqual([{file, item: 1}, {file, item: 2}]);
		expect(all.every(converted => !isRejection(converted.result))).toBe(true);
		expect(all.reduce((sum, converted) => sum + converted.share, 0)).toBeCloseTo(1);
	});

	it('yields the posts of a Substack export by entry', async () => {
		const file = path.join(fixturesDir, 'substack');
		const entries = (await convertAll({file, kind: 'substack-folder', bytes: 0})).map(converted => converted.source.entry);
		expect(entries.length).toBeGreaterThan(1);
		expect(entries.every(entry => entry?.startsWith('posts/'))).toBe(true);
	});

	it('rejects an empty file, a binary one and one over its limit without reading on', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'bell-convert-'));
		writeFileSync(path.join(dir, 'empty.eml'), '');
		writeFileSync(path.join(dir, 'junk.eml'), Uint8Array.from({length: 4096}, (_, index) => (index * 7919) % 256));
		const results = await Promise.all([
			convertAll({file: path.join(dir, 'empty.eml'), kind: 'mail', bytes: 0}),
			convertAll({file: path.join(dir, 'junk.eml'), kind: 'mail', bytes: 4096}),
			convertAll({file: path.join(dir, 'absent.mbox'), kind: 'mbox', bytes: (maxContainerMegabytes * 1024 * 1024) + 1}),
		]);
		expect(results.map(all => all.map(converted => converted.result))).toEqual([
			[{problem: {kind: 'empty'}}],
			[{problem: {kind: 'binary'}}],
			[{problem: {kind: 'too-large', limitMegabytes: maxContainerMegabytes}}],
		]);
	});
});
