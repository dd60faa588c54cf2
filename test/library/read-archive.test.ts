import {mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArchiveError} from '../../source/library/archive-folder.js';
import {readCatalog} from '../../source/library/catalog.js';
import {readArchive} from '../helpers/read-archive.js';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'bell-archive-'));
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

const goodDump = 'Заголовок выпуска\n\nПервый абзац истории.\n\nСкопировать ссылку\n';

function write(name: string, content: string | Uint8Array): void {
	mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
	writeFileSync(path.join(dir, name), content);
}

describe('reading an archive folder (catalog, then each issue)', () => {
	it('skips each bad file with its reason and keeps the rest', async () => {
		write('2026-01-01-good.txt', goodDump);
		write('2026-01-02-empty.txt', '');
		write('2026-01-03-binary.txt', Uint8Array.from([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]));
		write('2026-01-04-boilerplate.txt', 'loading\n\nРассылки The Bell стали платными. Подписывайтесь!\n\n18+\n');
		write('2026-01-05-blank.txt', '\n\n   \n');
		write('2026-01-06-yaml.md', '---\ntitle: [broken\n---\nТекст.\n');
		write('2026-01-07-huge.txt', '');
		truncateSync(path.join(dir, '2026-01-07-huge.txt'), 21 * 1024 * 1024);
		symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, '2026-01-08-dangling.txt'));
		write('2026-01-09-channel.txt', 'Заметки о рынке\n\n12 400 subscribers\n\nDownload Telegram\n\nЦены на зерно растут.\n');

		const archive = (await readArchive(dir));
		expect(archive.issues.map(issue => issue.id)).toEqual(['2026-01-01-good']);
		const problems = Object.fromEntries(archive.warnings.map(warning => [path.basename(warning.file), warning.problem.kind]));
		expect(problems).toEqual({
			'2026-01-02-empty.txt': 'empty',
			'2026-01-03-binary.txt': 'binary',
			'2026-01-04-boilerplate.txt': 'no-story',
			'2026-01-05-blank.txt': 'no-text',
			'2026-01-06-yaml.md': 'bad-front-matter',
			'2026-01-07-huge.txt': 'too-large',
			'2026-01-08-dangling.txt': 'unreadable',
			'2026-01-09-channel.txt': 'not-an-issue',
		});
	});

	it('takes ids from file names and dates from front matter, the name, or nowhere (sorted last)', async () => {
		write('2026-03-01-named.txt', goodDump);
		write('undated.txt', goodDump);
		write('fm.md', '---\ntitle: Из заголовка\ndate: 2026-04-01\n---\nТекст.\n');
		write('2026-13-45-bad-date.txt', goodDump);
		const archive = (await readArchive(dir));
		expect(archive.issues.map(issue => [issue.id, issue.date])).toEqual([
			['fm', '2026-04-01'],
			['2026-03-01-named', '2026-03-01'],
			['2026-13-45-bad-date', null],
			['undated', null],
		]);
	});

	it('reads sub-folders, ignores hidden files and other extensions', async () => {
		write('2025/2025-05-05-nested.txt', goodDump);
		write('.hidden/2025-05-06-secret.txt', goodDump);
		write('.2025-05-07-dotfile.txt', goodDump);
		write('notes.pdf', 'x');
		expect((await readArchive(dir)).issues.map(issue => issue.id)).toEqual(['2025-05-05-nested']);
	});

	it('warns about a second file with the same id', async () => {
		write('2026-01-01-twin.txt', goodDump);
		write('2026-01-01-twin.md', '# Другой\n\nТекст.\n');
		const archive = (await readArchive(dir));
		expect(archive.issues).toHaveLength(1);
		expect(archive.warnings.map(warning => warning.problem.kind)).toEqual(['duplicate-id']);
	});

	it('throws a clear error for a missing archive or a file in its place', async () => {
		await expect(readCatalog(path.join(dir, 'nope'))).rejects.toThrow(ArchiveError);
		write('file.txt', goodDump);
		await expect(readCatalog(path.join(dir, 'file.txt'))).rejects.toThrowError(/ENOTDIR/u);
	});
});
