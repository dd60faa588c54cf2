import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {russianLikeParagraphs, seededRandom} from './russian-like-text.js';

/**
 * A deterministic archive of page dumps shaped like The Bell's (title, sub-headings,
 * paragraphs, a list, the copy-link line, teasers, notices), for the benchmarks. The same
 * seed gives byte-identical files.
 */

export type SyntheticArchiveOptions = {
	issues: number;
	/** Story words per issue, roughly (Russian averages about 7.5 bytes a word in UTF-8). */
	wordsPerIssue: number;
	seed?: number;
};

const bytesPerWord = 15;
const headings = ['Что случилось?', 'Почему это важно?', 'Что дальше?', 'Цифры недели', '«Мы не планировали продавать»', 'Кто заплатит'];
const promo = 'Рассылки The Bell стали платными. Подписывайтесь!';
const disclaimer = 'НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ THE BELL ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА THE BELL. 18+';

function firstSentence(paragraph: string): string {
	const end = paragraph.search(/[.!?…](?:\s|$)/u);
	return (end === -1 ? paragraph : paragraph.slice(0, end)).replace(/^— /u, '').slice(0, 110);
}

/** The text of issue `index`, and its title. */
export function syntheticIssue(index: number, options: SyntheticArchiveOptions): {title: string; text: string} {
	const seed = (options.seed ?? 1) * 1_000_003 + index;
	const random = seededRandom(seed);
	const paragraphs = russianLikeParagraphs(options.wordsPerIssue * bytesPerWord, seed);
	const title = `${firstSentence(paragraphs[0]!)}. Выпуск ${index + 1}`;
	const lines = ['loading', title];
	paragraphs.slice(1).forEach((paragraph, position) => {
		if (position > 0 && position % 4 === 0) {
			lines.push(headings[Math.floor(random() * headings.length)]!);
		}

		if (position === 3) {
			for (const item of paragraph.split('. ').slice(0, 3)) {
				lines.push(`  • ${item.replace(/\.$/u, '')};`);
			}

			return;
		}

		lines.push(paragraph);
	});
	lines.push('Скопировать ссылку');
	for (let teaser = 0; teaser < 3; teaser++) {
		const other = Math.floor(random() * 1_000_000);
		lines.push(`Другой выпуск номер ${other}: что случилось на рынке и кто заплатит`, 'Краткое содержание другого выпуска. Еще одно предложение о нем.');
	}

	lines.push(promo, disclaimer);
	return {title, text: `${lines.join('\n\n')}\n`};
}

/** The date of issue `index`: one a day, backwards from 2026-11-20. */
export function syntheticDate(index: number): string {
	const day = new Date(Date.UTC(2026, 10, 20) - index * 86_400_000);
	return day.toISOString().slice(0, 10);
}

/** Writes the archive into `dir`; returns the file paths, newest first. */
export function writeSyntheticArchive(dir: string, options: SyntheticArchiveOptions): string[] {
	mkdirSync(dir, {recursive: true});
	const files: string[] = [];
	for (let index = 0; index < options.issues; index++) {
		const file = path.join(dir, `${syntheticDate(index)}-issue-${String(index).padStart(5, '0')}.txt`);
		writeFileSync(file, syntheticIssue(index, options).text);
		files.push(file);
	}

	return files;
}
