/**
 * Pages that are saved like issues but are not one: a subscription landing page (plans and
 * prices), a listing of articles (headlines and dates), a Telegram channel page (the
 * channel's card, then its posts). Told apart by lines no issue has: prices per period,
 * lines that are only a date, the channel's counters and its `Download Telegram` button.
 */

export type NotAnIssueShape = 'landing-page' | 'listing' | 'channel';

const pricePerPeriod = /^(?:[$€£]\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:₽|руб\.?|рублей|€|\$|£|usd|eur))\s*(?:\/\s*|в |за |per |a |par |pro )?(?:месяц|мес\.?|год|неделю|month|mo|year|yr|week|mois|an|monat|jahr)(?![A-Za-zА-Яа-яЁё])/iu;
const dateOnly = /^(?:\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s+г(?:ода|\.)?)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Za-zéû]+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})$/u;
const channelCounter = /^\d[\d\s.,]*[KkMmКкМм]?\s+(?:subscribers|members|photos|videos|files|links|подписчик[а-я]*|участник[а-я]*|фото|видео|файл[а-я]*|ссыл[а-я]*)$/u;
const postCounter = /^\d[\d\s.,]*[KkMmКкМм]?\s+(?:views|просмотр[а-я]*)(?![A-Za-zА-Яа-яЁё])/u;

/** A story paragraph: a sentence of some length. Words are counted by spaces: every long line of every page is asked. */
function isProse(line: string): boolean {
	if (!/[.!?…»"]$/u.test(line)) {
		return false;
	}

	let words = 1;
	for (let space = line.indexOf(' '); space !== -1 && words < 12; space = line.indexOf(' ', space + 1)) {
		words++;
	}

	return words >= 12;
}

/** Why the page's lines (trimmed, none empty) are not an issue, or undefined when they may be one. */
export function notAnIssueShape(lines: readonly string[]): NotAnIssueShape | undefined {
	let prices = 0;
	let dates = 0;
	let counters = 0;
	let prose = 0;
	let telegramButton = false;
	for (const line of lines) {
		if (line.length > 80) {
			prose += isProse(line) ? 1 : 0;
			continue;
		}

		prices += pricePerPeriod.test(line) ? 1 : 0;
		dates += dateOnly.test(line) ? 1 : 0;
		counters += channelCounter.test(line) || postCounter.test(line) ? 1 : 0;
		telegramButton ||= /^(?:download telegram|скачать telegram|view in telegram|открыть в telegram)$/iu.test(line);
	}

	if (telegramButton || counters >= 2) {
		return 'channel';
	}

	if (prices >= 2 && prose < 2) {
		return 'landing-page';
	}

	if (dates >= 3 && dates * 5 >= lines.length && prose < dates) {
		return 'listing';
	}

	return undefined;
}
