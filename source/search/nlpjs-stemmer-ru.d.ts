// @nlpjs/lang-ru ships no types; only its Snowball stemmer is used, imported by path so
// that the bundle leaves out the package's sentiment data and tokenizer.
declare module '@nlpjs/lang-ru/src/stemmer-ru.js' {
	export default class StemmerRu {
		stemWord(word: string): string;
		/** The Snowball machine underneath `stemWord`, without its unbounded cache. */
		setCurrent(word: string): void;
		innerStem(): boolean;
		getCurrent(): string;
	}
}
