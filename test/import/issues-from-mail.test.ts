import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import type {IssueDraft} from '../../source/import/issue-draft.js';
import {issueFromMail} from '../../source/import/issues-from-mail.js';
import {splitMbox} from '../../source/import/split-mbox.js';
import {storyFromPlainText} from '../../source/import/story-from-plain-text.js';
import {encodeSingleByte} from '../helpers/encode-single-byte.js';
import {draft} from './draft-helpers.js';
import {fixture} from './fixtures-path.js';


const storyText = (issue: IssueDraft) => issue.story.map(block => blockText(block)).join('\n');

describe('a windows-1251 multipart/alternative mail in quoted-printable', async () => {
	const issue = draft(await issueFromMail(fixture('mail-windows-1251-qp.eml'), 'mail'));

	it('decodes the RFC 2047 subject as the title and the Date header as the date', () => {
		expect(issue.title).toBe('Маркетплейсы повышают комиссии. Кто заплатит за рост цен');
		expect(issue.date).toBe('2025-03-04');
		expect(issue.sourceFormat).toBe('mail');
	});

	it('prefers the HTML part: its bold and headings survive', () => {
		expect(issue.story[0]).toMatchObject({type: 'paragraph', marks: [{kind: 'bold'}]});
		expect(issue.story[1]).toEqual({type: 'heading', text: 'Что случилось?'});
		// Only the HTML part has this sentence.
		expect(storyText(issue)).toContain('средний чек вырастет на 3–5%');
	});

	it('leaves out the preview text, the browser link, the footer and the notices', () => {
		const text = storyText(issue);
		for (const chrome of ['продавцы недовольны', 'Открыть в браузере', 'Отписаться', 'Вы получили', 'Подписывайтесь']) {
			expect(text).not.toContain(chrome);
		}

		expect(issue.notices).toEqual(['Рассылки The Bell стали платными. Подписывайтесь!']);
	});

	it('takes the address from the headline link', () => {
		expect(issue.url).toBe('https://thebell.io/marketpleysy-povyshayut-komissii?utm_source=email');
	});
});

describe('a KOI8-R plain-text mail in base64', async () => {
	const issue = draft(await issueFromMail(fixture('mail-koi8-r-base64.eml'), 'mail'));

	it('decodes the subject and the body, and unwraps the paragraphs', () => {
		expect(issue.title).toBe('Налоги для айтишников. Что меняется с июля');
		expect(issue.date).toBe('2025-06-13');
		expect(issue.story[0]).toEqual({
			type: 'paragraph',
			text: 'С 1 июля IT-компании теряют часть льгот по страховым взносам. Ставка для тех, у кого выручка больше 2 млрд рублей, вырастет с 7,6% до 15%.',
		});
	});

	it('finds the heading and the list, drops the repeated subject and the signature', () => {
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'heading', 'list', 'paragraph']);
		expect(storyText(issue)).not.toContain('Технорассылка');
	});
});

describe('charsets the headers do not give', () => {
	const body = 'Рубль за неделю ослаб на пять процентов, а биржевой курс юаня обновил максимум с прошлой осени. Аналитики связывают это с падением экспортной выручки.\n';

	it('detects an undeclared windows-1251 body and 8-bit subject', async () => {
		const head = encodeSingleByte('Subject: Почему слабеет рубль\nDate: Mon, 7 Apr 2025 08:00:00 +0300\nFrom: a@b.c\n\n', 'windows-1251');
		const issue = draft(await issueFromMail(Uint8Array.from([...head, ...encodeSingleByte(body, 'windows-1251')]), 'mail'));
		expect(issue.title).toBe('Почему слабеет рубль');
		expect(issue.story[0]).toMatchObject({text: body.trim()});
	});

	it('detects a KOI8-R body that claims to be UTF-8', async () => {
		const head = new TextEncoder().encode('Subject: =?utf-8?B?0KDRg9Cx0LvRjA==?=\nDate: Mon, 7 Apr 2025 08:00:00 +0300\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n');
		const issue = draft(await issueFromMail(Uint8Array.from([...head, ...encodeSingleByte(body, 'koi8-r')]), 'mail'));
		expect(issue.title).toBe('Рубль');
		expect(issue.story[0]).toMatchObject({text: body.trim()});
	});
});

describe('mail that is not an issue', () => {
	it('rejects a truncated multipart message', async () => {
		expect(await issueFromMail(fixture('mail-truncated.eml'), 'mail')).toEqual({problem: {kind: 'truncated-mail'}});
	});

	it('rejects text without mail headers, binary junk and an empty file', async () => {
		expect(await issueFromMail(new TextEncoder().encode('Просто текст без заголовков.\n'), 'mail')).toEqual({problem: {kind: 'not-a-mail'}});
		expect(await issueFromMail(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), 'mail')).toEqual({problem: {kind: 'binary'}});
		expect(await issueFromMail(new Uint8Array(), 'mail')).toEqual({problem: {kind: 'empty'}});
	});

	it('rejects a message with only an attachment', async () => {
		const message = 'Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n';
		expect(await issueFromMail(new TextEncoder().encode(message), 'mail')).toEqual({problem: {kind: 'no-body'}});
	});
});

describe('messages of an mbox', async () => {
	const results = await Promise.all(splitMbox(fixture('newsletters.mbox')).map(async message => issueFromMail(message, 'mbox')));

	it('become issues with their own dates; the From line in a body stays in the story', () => {
		const [first, second] = results.map(result => result as IssueDraft);
		expect(first!.title).toBe('Золото по рекорду. Почему россияне снова покупают слитки');
		expect(first!.date).toBe('2025-01-13');
		expect(storyText(first!)).toContain('From the bank\'s point of view, it is the best product of the year');
		expect(second!.date).toBe('2025-01-14');
		expect(storyText(second!)).toContain('From a reader\'s letter');
	});
});

describe('the text part of a newsletter e-mail', () => {
	it('leaves out the preheader and the repeated subject', () => {
		const story = storyFromPlainText([
			'The Bell · рассылка',
			'',
			'Сколько стоит переезд офиса в регионы',
			'',
			'Крупные компании все чаще переносят бэк-офис',
			'в города, где аренда и зарплаты ниже.',
		].join('\n'), 'Сколько стоит переезд офиса в регионы');
		expect(story.story).toEqual([{type: 'paragraph', text: 'Крупные компании все чаще переносят бэк-офис в города, где аренда и зарплаты ниже.'}]);
	});
});
