import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {isRejection, type IssueDraft} from '../../source/import/issue-draft.js';
import {issueFromFeedItem, parseFeed} from '../../source/import/issues-from-feed.js';
import {encodeSingleByte} from '../helpers/encode-single-byte.js';
import {problemOf} from './draft-helpers.js';
import {fixture} from './fixtures-path.js';

const drafts = (bytes: Uint8Array) => {
	const feed = parseFeed(bytes);
	return feed.items.map(item => issueFromFeedItem(item, feed.format));
};


describe('an RSS 2.0 feed', () => {
	const [first, second, third] = drafts(fixture('feed-rss.xml'));

	it('gives one issue per item, with the item’s title, date and link', () => {
		expect(first).toMatchObject({title: 'Кому достанется «Балтика». Чем закончилась история с временным управлением', date: '2025-02-20', sourceFormat: 'rss'});
		expect((first as IssueDraft).url).toBe('https://thebell.io/komu-dostanetsya-baltika?utm_source=rss&utm_medium=feed');
		expect(second).toMatchObject({date: '2025-02-21', url: 'https://www.thebell.io/eksport-uglya'});
	});

	it('prefers content:encoded over the description', () => {
		const text = (first as IssueDraft).story.map(block => blockText(block)).join('\n');
		expect(text).toContain('Росимущество завершило');
		expect(text).not.toContain('Короткое описание');
		expect((first as IssueDraft).teasers).toEqual([{title: 'Почему подорожала гречка и что будет осенью', summary: 'Урожай оказался ниже прогнозов, а экспорт вырос.'}]);
	});

	it('reads an escaped-HTML description when there is no full content', () => {
		expect((second as IssueDraft).story).toEqual([{type: 'paragraph', text: expect.stringMatching(/^Российские угольщики/u)}]);
	});

	it('leaves an item with nothing but a "read more" link without a story', () => {
		expect(isRejection(third!) || (third as IssueDraft).story.length === 0).toBe(true);
	});
});

describe('an Atom feed', () => {
	const [first, second] = drafts(fixture('feed-atom.xml'));

	it('reads xhtml content over the summary, and the published date over the updated one', () => {
		expect(first).toMatchObject({date: '2025-03-10', url: 'https://thebell.io/chipy-na-ves-zolota', sourceFormat: 'atom'});
		expect((first as IssueDraft).story.map(block => block.type)).toEqual(['paragraph', 'list']);
	});

	it('falls back to the summary and the updated date; an HTML title loses its tags', () => {
		expect(second).toMatchObject({title: 'Облачные сервисы дорожают второй раз за год', date: '2025-03-12', url: 'https://thebell.io/oblaka-dorozhayut'});
	});
});

describe('feeds that are not', () => {
	it('malformed XML gets its line and reason', () => {
		expect(problemOf(() => parseFeed(fixture('broken-feed.xml')))).toMatchObject({kind: 'malformed-xml', line: 8});
	});

	it('XML of another kind is not a feed', () => {
		expect(problemOf(() => parseFeed(new TextEncoder().encode('<?xml version="1.0"?><svg><g/></svg>')))).toEqual({kind: 'not-a-feed'});
	});
});

describe('a windows-1251 feed', () => {
	it('is decoded by its XML declaration', () => {
		const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>Нефть дешевеет</title><description>Цена нефти марки Brent опустилась ниже 60 долларов за баррель впервые за четыре года.</description></item></channel></rss>';
		const [item] = drafts(encodeSingleByte(xml, 'windows-1251'));
		expect(item).toMatchObject({title: 'Нефть дешевеет', story: [{type: 'paragraph', text: expect.stringMatching(/^Цена нефти/u)}]});
	});
});

describe('a feed of 500 items', () => {
	it('gives 500 issues with their own titles and dates', () => {
		const items = Array.from({length: 500}, (_, index) => {
			const day = new Date(Date.UTC(2024, 0, 1 + index)).toUTCString().replace('GMT', '+0300');
			return `<item><title>Выпуск ${index + 1}: что случилось с рынком</title><link>https://thebell.io/vypusk-${index + 1}</link><pubDate>${day}</pubDate>`
				+ `<content:encoded><![CDATA[<p>Текст выпуска номер ${index + 1}: индекс Мосбиржи изменился, а рубль остался на месте, пишут аналитики.</p>]]></content:encoded></item>`;
		}).join('\n');
		const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The Bell</title>${items}</channel></rss>`;
		const results = drafts(new TextEncoder().encode(feed));
		expect(results).toHaveLength(500);
		expect(results.filter(result => isRejection(result))).toEqual([]);
		expect(results[499]).toMatchObject({title: 'Выпуск 500: что случилось с рынком', date: '2025-05-14'});
	});
});

describe('JSON Feed', () => {
	const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

	it('gives its items, HTML content preferred, text content as paragraphs', () => {
		const feed = parseFeed(encode({
			version: 'https://jsonfeed.org/version/1.1',
			items: [
				{id: '1', url: 'https://example.invalid/a', title: 'Нефть <b>дешевеет</b>', date_published: '2025-06-08T08:00:00+03:00', content_html: '<p>Цена нефти снизилась.</p>'},
				{id: '2', title: 'Такси', content_text: 'Первый абзац.\n\nВторой абзац.', summary: 'Анонс'},
				{id: '3', title: 'Анонс', summary: 'Только анонс.'},
				'not an item',
			],
		}));
		expect(feed.format).toBe('json-feed');
		expect(feed.items).toEqual([
			{title: 'Нефть дешевеет', date: '2025-06-08', url: 'https://example.invalid/a', html: '<p>Цена нефти снизилась.</p>'},
			{title: 'Такси', date: null, html: '<p>Первый абзац.</p><p>Второй абзац.</p>'},
			{title: 'Анонс', date: null, html: '<p>Только анонс.</p>', summaryOnly: true},
		]);
	});

	it('rejects JSON that is malformed or not a feed', () => {
		expect(problemOf(() => parseFeed(encode('{"version": ')))).toMatchObject({kind: 'malformed-json'});
		expect(problemOf(() => parseFeed(encode({version: 'something else', items: []})))).toEqual({kind: 'not-a-feed'});
	});
});
