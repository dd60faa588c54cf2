import {writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * An invented weekly, «Городской пульс», whose pages share a welcome line and a promo no
 * known pattern names, at the top and the bottom of every story, and a question sub-heading
 * in the middle of each.
 */

export const welcome = 'Вы читаете «Городской пульс» — еженедельную рассылку о жизни большого города.';
export const promo = 'Понравился «Городской пульс»? Перешлите это письмо другу — новые читатели помогают нам оставаться независимыми.';
export const subHeading = 'Что это значит для горожан?';

export const stories = [
	['Мэрия объявила конкурс на строительство трамвайной линии в северных районах.', 'Поездка до центра станет короче почти на четверть часа.'],
	['Городские парки переходят на новый режим работы с первого числа.', 'Летние веранды и прокат лодок откроются раньше обычного.'],
	['Власти решили расширить сеть велодорожек вдоль набережных.', 'К осени по ним можно будет доехать от вокзала до стадиона.'],
	['В спальных районах откроют восемь новых поликлиник.', 'Очереди к терапевтам должны сократиться вдвое, обещают чиновники.'],
	['Метро продлит работу двух станций до часа ночи по выходным.', 'Поздние поезда будут ходить с интервалом в восемь минут.'],
] as const;

/** The page dump of issue `index` (0–4). */
export function newsletterPage(index: number): string {
	const [lead, answer] = stories[index]!;
	return [`Городской пульс: неделя ${index + 1}`, welcome, lead, subHeading, answer, promo, 'Скопировать ссылку'].join('\n\n');
}

/** Writes issue `index` into the archive folder; returns its path. */
export function writeNewsletterIssue(archive: string, index: number): string {
	const file = path.join(archive, `2026-0${index + 1}-07-puls.txt`);
	writeFileSync(file, newsletterPage(index));
	return file;
}
