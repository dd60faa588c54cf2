import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {WordDawg} from './word-dawg.js';

/**
 * OpenCorpora's dictionary of Russian word forms (as compiled by pymorphy2 and shipped by
 * the `az` package): which dictionary words (lemmas) a form belongs to, `льда` → `лёд`,
 * `люди` → `человек`, `шёл` → `идти`, `стали` → `сталь` and `стать`. Read from disk on the
 * first lookup, so that only searches pay for it.
 */

/** The files needed for lemmas: the word graph, the paradigms and their endings (the build, `build/bundle.js`, copies the same list). */
const dictionaryFiles = ['words.dawg', 'paradigms.array', 'suffixes.json'] as const;

/** The folder `build/bundle.js` copies the dictionary into, next to the bundle. */
const bundledDictionaryFolder = 'dictionary';

/** pymorphy2's paradigm prefixes: the superlative's `наи` and the comparative's `по`. */
const paradigmPrefixes = ['', 'по', 'наи'];

export type RussianDictionary = {
	/** The lemmas of a lowercase word, ё kept as the dictionary spells it; empty when it is unknown. */
	lemmasOf(word: string): string[];
	/** Every form of the words whose lemma this is (`лёд` → лёд, льда, льду…); empty when it is none. */
	formsOf(lemma: string): string[];
};

/**
 * The dictionary's folder: `dictionary/` beside (or above) the bundled file that asks, else
 * the `az` package's own `dicts/` (running from the sources).
 */
function dictionaryFolder(): string {
	let folder = path.dirname(fileURLToPath(import.meta.url));
	for (let level = 0; level < 3; level++) {
		const candidate = path.join(folder, bundledDictionaryFolder);
		if (existsSync(path.join(candidate, dictionaryFiles[0]))) {
			return candidate;
		}

		folder = path.dirname(folder);
	}

	return path.join(path.dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
}

function readParadigms(data: Uint8Array): Uint16Array[] {
	const numbers = new Uint16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
	const paradigms: Uint16Array[] = [];
	let position = 1;
	for (let index = 0; index < numbers[0]!; index++) {
		const size = numbers[position++]!;
		paradigms.push(numbers.subarray(position, position + size));
		position += size;
	}

	return paradigms;
}

export function openRussianDictionary(folder = dictionaryFolder()): RussianDictionary {
	const words = new WordDawg(readFileSync(path.join(folder, 'words.dawg')));
	const paradigms = readParadigms(readFileSync(path.join(folder, 'paradigms.array')));
	const suffixes = JSON.parse(readFileSync(path.join(folder, 'suffixes.json'), 'utf8')) as string[];
	/** Each paradigm a spelling is a form of, with the form made from the paradigm's stem. */
	function* paradigmsOf(word: string): Generator<{lemma: string; form: (index: number) => string; formCount: number}> {
		for (const {spelling, forms} of words.lookup(word)) {
			for (const {paradigm: paradigmIndex, form} of forms) {
				const paradigm = paradigms[paradigmIndex];
				if (paradigm === undefined) {
					continue;
				}

				// A paradigm is three rows of its forms: ending, grammatical tag, prefix.
				const formCount = paradigm.length / 3;
				const prefix = paradigmPrefixes[paradigm[(2 * formCount) + form]!] ?? '';
				const ending = suffixes[paradigm[form]!] ?? '';
				const stem = spelling.slice(prefix.length, spelling.length - ending.length);
				const formOf = (index: number) => (paradigmPrefixes[paradigm[(2 * formCount) + index]!] ?? '') + stem + (suffixes[paradigm[index]!] ?? '');
				yield {lemma: formOf(0), form: formOf, formCount};
			}
		}
	}

	return {
		lemmasOf(word) {
			const lemmas: string[] = [];
			for (const {lemma} of paradigmsOf(word)) {
				if (!lemmas.includes(lemma)) {
					lemmas.push(lemma);
				}
			}

			return lemmas;
		},
		formsOf(lemma) {
			const forms = new Set<string>();
			const folded = lemma.replaceAll('ё', 'е');
			for (const paradigm of paradigmsOf(lemma)) {
				if (paradigm.lemma.replaceAll('ё', 'е') === folded) {
					for (let index = 0; index < paradigm.formCount; index++) {
						forms.add(paradigm.form(index));
					}
				}
			}

			return [...forms];
		},
	};
}

let shared: RussianDictionary | undefined;

/** The dictionary, read on first use and kept. */
export function russianDictionary(): RussianDictionary {
	shared ??= openRussianDictionary();
	return shared;
}
