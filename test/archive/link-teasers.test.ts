import {describe, expect, it} from 'vitest';
import type {Issue} from '../../source/archive/issue.js';
import {foldTitle, linkTeasers, linkTeasersByScan} from '../../source/archive/link-teasers.js';

function issue(id: string, title: string, teaserTitles: string[] = []): Issue {
	return {
		id, title, date: null, source: `${id}.txt`, format: 'page-dump',
		story: [{type: 'paragraph', text: 'Текст.'}],
		teasers: teaserTitles.map(teaserTitle => ({title: teaserTitle, summary: 'Кратко.', id: null})),
		notices: [],
	};
}

describe('foldTitle', () => {
	it('folds case, ё, quote styles, dashes and spacing', () => {
		expect(foldTitle('«Всё  хорошо» — сказал ЦБ.')).toBe(foldTitle('"все хорошо" - сказал цб'));
		expect(foldTitle('IPO года')).toBe(foldTitle('Ipo года'));
	});
});

describe('linkTeasers', () => {
	it('points teasers at stored issues by folded title, never at the issue itself', () => {
		const linked = linkTeasers([
			issue('a', 'Нефть по 52 доллара', ['НЕФТЬ  ПО 52 ДОЛЛАРА', 'Чего нет в архиве']),
			issue('b', 'Ставку снизили до 14%. Почему ЦБ всё-таки решился', ['Ставку снизили до 14%. Почему ЦБ все-таки решился', 'Нефть по 52 доллара']),
		]);
		expect(linked[0]!.teasers.map(teaser => teaser.id)).toEqual([null, null]);
		expect(linked[1]!.teasers.map(teaser => teaser.id)).toEqual([null, 'a']);
	});
});

describe('linkTeasersByScan', () => {
	it('links like the title index on every sample issue', async () => {
		const {readArchive} = await import('../helpers/read-archive.js');
		const {fileURLToPath} = await import('node:url');
		const {issues} = await readArchive(fileURLToPath(new URL('../../archive', import.meta.url)));
		for (const issue of issues) {
			expect(linkTeasersByScan(issue, issues).teasers, issue.id).toEqual(issue.teasers);
		}
	});

	it('finds a title written with other quotes, case, ё and spacing, and never the issue itself', () => {
		const own = issue('own', 'Своя тема', ['Своя тема', '«ВСЁ  ХОРОШО» — сказал ЦБ.']);
		const other = issue('other', '"все хорошо" - сказал цб');
		expect(linkTeasersByScan(own, [own, other]).teasers.map(teaser => teaser.id)).toEqual([null, 'other']);
	});
});
