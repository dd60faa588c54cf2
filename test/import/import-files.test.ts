import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ArchiveError} from '../../source/library/archive-folder.js';
import {readArchive} from '../helpers/read-archive.js';
import {importFiles} from '../../source/import/import-files.js';
import {fixturesDir} from './fixtures-path.js';

function tempDir(): string {
	return mkdtempSync(path.join(os.tmpdir(), 'bell-import-'));
}

function allFiles(dir: string): string[] {
	return readdirSync(dir, {recursive: true, withFileTypes: true}).filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name));
}

const expectedIds = [
	'2025-01-13-zoloto-po-rekordu-pochemu-rossiyane-snova-pokupayut-slitki',
	'2025-01-14-kto-stroit-data-tsentry-pod-moskvoy',
	'2025-02-11-aptechnaya-voyna-pochemu-krupneyshie-seti-perestali-zakupat',
	'2025-02-20-komu-dostanetsya-baltika-chem-zakonchilas-istoriya-s',
	'2025-02-21-eksport-uglya-upal-do-minimuma-za-desyat-let',
	'2025-03-04-marketpleysy-povyshayut-komissii-kto-zaplatit-za-rost-tsen',
	'2025-03-10-chipy-na-ves-zolota-kak-rossiyskie-kompanii-pokupayut',
	'2025-03-12-oblachnye-servisy-dorozhayut-vtoroy-raz-za-god',
	'2025-04-02-kak-zarabatyvayut-na-renovatsii',
	'2025-04-09-pochemu-rastut-tseny-na-bilety-dazhe-na-poezda',
	'2025-04-18-tsifrovoy-rubl-zachem-tsb-uskoryaet-zapusk',
	'2025-05-20-pochemu-podeshevela-neft-i-chto-budet-s-byudzhetom',
	'2025-06-13-nalogi-dlya-aytishnikov-chto-menyaetsya-s-iyulya',
];

describe('importing the fixtures folder', async () => {
	const root = tempDir();
	const archiveDir = path.join(root, 'archive');
	const report = await importFiles([fixturesDir], {archiveDir, dryRun: false});

	it('writes one Markdown file per issue, named by date and transliterated title', () => {
		expect(report.imported.map(issue => issue.id).sort()).toEqual(expectedIds);
		expect(readdirSync(archiveDir).sort()).toEqual(expectedIds.map(id => `${id}.md`));
	});

	it('writes nothing but the issues: no temporary files, nothing outside the archive', () => {
		expect(allFiles(root).sort()).toEqual(expectedIds.map(id => path.join(archiveDir, `${id}.md`)));
	});

	it('gives each input that is not an issue its reason', () => {
		const failures = report.failed.map(failure => `${path.relative(fixturesDir, failure.source.file)}${failure.source.item === undefined ? '' : `#${failure.source.item}`}${failure.source.entry === undefined ? '' : `:${failure.source.entry}`} ${failure.problem.kind}`);
		expect(failures.sort()).toEqual([
			'broken-feed.xml malformed-xml',
			'feed-rss.xml#3 no-story',
			'landing.html mostly-links',
			'listing.html listing',
			'mail-truncated.eml truncated-mail',
			'newsletters.mbox#3 too-short',
			'substack:posts/102.chernovik.html draft-post',
			'telegram-channel.html channel',
		]);
	});

	it('writes issues the archive reads back with their titles, dates, sources and stories', async () => {
		const archive = await readArchive(archiveDir);
		expect(archive.warnings).toEqual([]);
		const byId = new Map(archive.issues.map(issue => [issue.id, issue]));
		expect(byId.get(expectedIds[5]!)).toMatchObject({
			title: 'Маркетплейсы повышают комиссии. Кто заплатит за рост цен',
			date: '2025-03-04',
			sourceFormat: 'mail',
			url: 'https://thebell.io/marketpleysy-povyshayut-komissii',
			notices: ['Рассылки The Bell стали платными. Подписывайтесь!'],
		});
		expect(byId.get(expectedIds[2]!)).toMatchObject({sourceFormat: 'page-dump', teasers: [{title: 'Почему банки снова поднимают ставки по вкладам и сколько это продлится', id: null}]});
		expect(new Set(archive.issues.map(issue => issue.sourceFormat))).toEqual(new Set(['mail', 'mbox', 'rss', 'atom', 'html', 'substack', 'page-dump', 'markdown']));
	});

	it('skips everything as duplicates the second time, and changes no file', async () => {
		const before = new Map(allFiles(archiveDir).map(file => [file, readFileSync(file, 'utf8')]));
		const again = await importFiles([fixturesDir], {archiveDir, dryRun: false});
		expect(again.imported).toEqual([]);
		expect(again.duplicates).toHaveLength(expectedIds.length);
		expect(new Set(again.duplicates.map(duplicate => duplicate.of))).toEqual(new Set(expectedIds));
		expect(new Map(allFiles(archiveDir).map(file => [file, readFileSync(file, 'utf8')]))).toEqual(before);
	});
});

describe('duplicates within one batch', () => {
	it('are caught by address across mirror hosts, and by title and date', async () => {
		const inputs = tempDir();
		const story = 'Минфин разместил ОФЗ на рекордные 500 млрд рублей за один день, спрос превысил предложение вдвое.';
		writeFileSync(path.join(inputs, 'a.md'), `---\ntitle: ОФЗ на рекорд\ndate: 2025-06-01\nurl: https://thebell.io/ofz\n---\n\n${story}\n`);
		writeFileSync(path.join(inputs, 'b.md'), `---\ntitle: Другой заголовок\nurl: https://amp.thebell.xyz/ofz/?utm_source=tg\n---\n\nИной текст о размещении облигаций федерального займа.\n`);
		writeFileSync(path.join(inputs, 'c.md'), `---\ntitle: «ОФЗ на рекорд»\ndate: 2025-06-01\n---\n\nТот же выпуск, пересказанный иначе, но с тем же заголовком.\n`);
		const report = await importFiles([inputs], {archiveDir: path.join(inputs, 'archive'), dryRun: false});
		expect(report.imported.map(issue => issue.id)).toEqual(['2025-06-01-ofz-na-rekord']);
		expect(report.duplicates.map(({reason, of}) => ({reason, of}))).toEqual([
			{reason: 'same-url', of: '2025-06-01-ofz-na-rekord'},
			{reason: 'same-title-and-date', of: '2025-06-01-ofz-na-rekord'},
		]);
	});
});

describe('duplicates of stored issues', () => {
	it('name the newest stored copy', async () => {
		const root = tempDir();
		const archiveDir = path.join(root, 'archive');
		mkdirSync(archiveDir);
		const stored = (date: string) => `---\ntitle: Выпуск от ${date}\ndate: ${date}\nurl: https://thebell.io/ofz\n---\n\nИстория о размещении облигаций федерального займа, рассказанная ${date}.\n`;
		writeFileSync(path.join(archiveDir, 'a-oldest.md'), stored('2025-05-01'));
		writeFileSync(path.join(archiveDir, 'b-newest.md'), stored('2025-06-01'));
		writeFileSync(path.join(archiveDir, 'c-middle.md'), stored('2025-05-15'));
		writeFileSync(path.join(root, 'new.md'), '---\ntitle: Новый заголовок\nurl: https://www.thebell.io/ofz\n---\n\nСовсем другой текст о том же размещении облигаций займа.\n');
		const report = await importFiles([path.join(root, 'new.md')], {archiveDir, dryRun: true});
		expect(report.duplicates.map(({reason, of}) => ({reason, of}))).toEqual([{reason: 'same-url', of: 'b-newest'}]);
	});
});

describe('names', () => {
	it('never overwrite a different issue: the new one gets -2', async () => {
		const root = tempDir();
		const archiveDir = path.join(root, 'archive');
		mkdirSync(archiveDir);
		const other = '---\ntitle: Совсем другой выпуск\ndate: 2025-04-18\n---\n\nДругая история про другой рынок, не про цифровой рубль и не про банки.\n';
		writeFileSync(path.join(archiveDir, '2025-04-18-tsifrovoy-rubl-zachem-tsb-uskoryaet-zapusk.md'), other);
		// An id taken by a page dump counts too: the loader keys issues by id, whatever the extension.
		writeFileSync(path.join(archiveDir, '2025-04-18-tsifrovoy-rubl-zachem-tsb-uskoryaet-zapusk-2.txt'), 'Третий выпуск\n\nЕще одна история с совсем другим текстом про рынок аренды.\n');
		const report = await importFiles([path.join(fixturesDir, 'issue-front-matter.md')], {archiveDir, dryRun: false});
		expect(report.imported.map(issue => issue.id)).toEqual(['2025-04-18-tsifrovoy-rubl-zachem-tsb-uskoryaet-zapusk-3']);
		expect(readFileSync(path.join(archiveDir, '2025-04-18-tsifrovoy-rubl-zachem-tsb-uskoryaet-zapusk.md'), 'utf8')).toBe(other);
		expect((await readArchive(archiveDir)).warnings).toEqual([]);
	});
});

describe('a dry run', () => {
	it('reports what it would write and writes nothing, not even the folder', async () => {
		const archiveDir = path.join(tempDir(), 'archive');
		const report = await importFiles([path.join(fixturesDir, 'feed-atom.xml')], {archiveDir, dryRun: true});
		expect(report.imported.map(issue => issue.file)).toEqual([
			path.join(archiveDir, '2025-03-10-chipy-na-ves-zolota-kak-rossiyskie-kompanii-pokupayut.md'),
			path.join(archiveDir, '2025-03-12-oblachnye-servisy-dorozhayut-vtoroy-raz-za-god.md'),
		]);
		expect(existsSync(archiveDir)).toBe(false);
	});
});

describe('bad inputs', () => {
	it('each get a reason, and the rest are imported', async () => {
		const inputs = tempDir();
		writeFileSync(path.join(inputs, 'junk.eml'), Uint8Array.from({length: 4096}, (_, index) => (index * 7919) % 256));
		writeFileSync(path.join(inputs, 'empty.html'), '');
		writeFileSync(path.join(inputs, 'not-a-zip.zip'), 'просто текст');
		writeFileSync(path.join(inputs, 'picture.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
		const report = await importFiles([inputs, path.join(fixturesDir, 'feed-atom.xml'), path.join(inputs, 'missing.xml'), path.join(inputs, 'picture.png')], {archiveDir: path.join(inputs, 'archive'), dryRun: false});
		expect(report.imported).toHaveLength(2);
		expect(report.failed.map(failure => `${path.basename(failure.source.file)} ${failure.problem.kind}`).sort()).toEqual([
			'empty.html empty',
			'junk.eml binary',
			'missing.xml missing',
			'not-a-zip.zip bad-zip',
			'picture.png unsupported',
		]);
	});

	it('an archive path that is a file stops the import with ArchiveError', async () => {
		const root = tempDir();
		writeFileSync(path.join(root, 'archive'), 'not a folder');
		await expect(importFiles([path.join(fixturesDir, 'feed-atom.xml')], {archiveDir: path.join(root, 'archive'), dryRun: false})).rejects.toBeInstanceOf(ArchiveError);
	});
});

describe('a mailbox of 1000 messages', () => {
	it('imports every message as its own issue', async () => {
		const root = tempDir();
		const messages = Array.from({length: 1000}, (_, index) => {
			const day = new Date(Date.UTC(2022, 0, 1 + index));
			const date = day.toUTCString().replace('GMT', '+0300');
			return `From newsletter@thebell.io ${day.toUTCString()}\nFrom: The Bell <newsletter@thebell.io>\nSubject: =?utf-8?B?${Buffer.from(`Выпуск ${index + 1}. Что случилось за день`).toString('base64')}?=\nDate: ${date}\nContent-Type: text/html; charset=utf-8\n\n`
				+ `<p>Главная новость дня номер ${index + 1}: рынок акций вырос, а рубль укрепился к доллару.</p>\n<p>From now on the text goes on after a line that starts with From.</p>\n`;
		}).join('\n');
		writeFileSync(path.join(root, 'inbox.mbox'), messages);
		const report = await importFiles([path.join(root, 'inbox.mbox')], {archiveDir: path.join(root, 'archive'), dryRun: false});
		expect(report.failed).toEqual([]);
		expect(report.imported).toHaveLength(1000);
		expect(report.imported[999]).toMatchObject({title: 'Выпуск 1000. Что случилось за день', date: '2024-09-26', sourceFormat: 'mbox'});
	}, 120_000);
});
