import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {seededRandom} from './russian-like-text.js';

/**
 * A deterministic archive of Bell-like issues for the search benchmark: Russian-looking
 * words built from syllables and real inflection endings (so the stemmer does real work),
 * drawn with a Zipf distribution like natural text, a few Latin names, page-dump files.
 */

export type GeneratedArchive = {
	dir: string;
	issues: number;
	bytes: number;
	/** Inflected forms by frequency rank of their lemma: [rank][form]. */
	forms: (rank: number, ending: number) => string;
	/** Two adjacent words of the first issue, for a phrase query. */
	phrase: string;
};

const consonants = 'бвгдзклмнпрстфхцчш';
const vowels = 'аеиоуя';
const endings = ['', 'а', 'ы', 'ов', 'ами', 'ах', 'у', 'ом', 'е', 'ий', 'ая', 'ое', 'ые', 'ого', 'ому', 'ыми', 'ать', 'ает', 'али', 'ение'];
const latinNames = ['Nvidia', 'DeepSeek', 'Huawei', 'OpenAI', 'Apple', 'Tesla', 'Sberbank', 'Yandex'];
const lemmaCount = 40_000;

function makeLemmas(random: () => number): string[] {
	const lemmas = new Set<string>();
	while (lemmas.size < lemmaCount) {
		let lemma = '';
		const syllables = 2 + Math.floor(random() * 3);
		for (let index = 0; index < syllables; index++) {
			lemma += consonants[Math.floor(random() * consonants.length)]! + vowels[Math.floor(random() * vowels.length)]!;
		}

		lemmas.add(`${lemma}${consonants[Math.floor(random() * consonants.length)]!}`);
	}

	return [...lemmas];
}

/** Cumulative Zipf weights, for drawing a rank by binary search. */
function zipfTable(size: number): Float64Array {
	const table = new Float64Array(size);
	let sum = 0;
	for (let rank = 0; rank < size; rank++) {
		sum += 1 / (rank + 1);
		table[rank] = sum;
	}

	return table.map(value => value / sum);
}

function drawRank(table: Float64Array, random: () => number): number {
	const target = random();
	let low = 0;
	let high = table.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (table[middle]! < target) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

export function generateArchive(dir: string, issues: number, wordsPerIssue = 1500, seed = 20_260_209): GeneratedArchive {
	mkdirSync(dir, {recursive: true});
	const random = seededRandom(seed);
	const lemmas = makeLemmas(random);
	const table = zipfTable(lemmas.length);
	const word = () => {
		// About one word in 400 is a Latin name, as company names are in The Bell.
		if (random() < 0.0025) {
			return latinNames[Math.floor(random() * latinNames.length)]!;
		}

		return lemmas[drawRank(table, random)]! + endings[Math.floor(random() * endings.length)]!;
	};

	let bytes = 0;
	let phrase = '';
	const start = Date.UTC(2000, 0, 1);
	for (let issue = 0; issue < issues; issue++) {
		const date = new Date(start + (issue * 86_400_000)).toISOString().slice(0, 10);
		const title = Array.from({length: 6}, word).join(' ');
		const paragraphs: string[] = [];
		let written = 0;
		while (written < wordsPerIssue) {
			const length = Math.min(wordsPerIssue - written, 40 + Math.floor(random() * 60));
			const words = Array.from({length}, word);
			phrase ||= `${words[0]!} ${words[1]!}`;
			words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
			paragraphs.push(`${words.join(' ')}.`);
			written += length;
		}

		const text = `${title[0]!.toUpperCase()}${title.slice(1)}\n\n${paragraphs.join('\n\n')}\n\nСкопировать ссылку\n`;
		const file = path.join(dir, `${date}-${String(issue).padStart(5, '0')}.txt`);
		writeFileSync(file, text);
		bytes += Buffer.byteLength(text);
	}

	const form = (rank: number, ending: number) => lemmas[rank]! + endings[ending % endings.length]!;
	return {dir, issues, bytes, forms: form, phrase};
}
