import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listIssueFiles} from '../../source/library/archive-folder.js';
import {temporaryHome, type TemporaryHome} from '../helpers/run-cli.js';

let home: TemporaryHome;

beforeEach(() => {
	home = temporaryHome();
});

afterEach(() => {
	home.remove();
});

describe('listIssueFiles', () => {
	it('lists issue files below the folder, sorted, leaving out hidden files and folders and other kinds of file', () => {
		const dir = path.join(home.root, 'archive');
		for (const file of ['b.txt', 'a.md', 'c.markdown', 'notes.pdf', '.hidden.txt', '2026/x.txt', '2026/.y.md', '.git/z.txt', '2026/.cache/w.txt', 'sub.dir/v.TXT']) {
			mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
			writeFileSync(path.join(dir, file), 'text');
		}

		const expected = ['2026/x.txt', 'a.md', 'b.txt', 'c.markdown', 'sub.dir/v.TXT'].map(file => path.join(dir, file));
		expect(listIssueFiles(dir)).toEqual(expected);
		// The same folder named with a trailing separator or a relative path: the same absolute paths.
		expect(listIssueFiles(`${dir}${path.sep}`)).toEqual(expected);
		expect(listIssueFiles(path.relative(process.cwd(), dir))).toEqual(expected);
	});
});
