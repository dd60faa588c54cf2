// The `hyphen` package ships no types, and its `hyphen/ru` entry is a directory, which
// ESM (and TypeScript's NodeNext resolution) does not resolve: the file is imported by
// its full path, and this declares the one function used.
declare module 'hyphen/ru/index.js' {
	type HyphenateOptions = {hyphenChar?: string; minWordLength?: number; exceptions?: string[]};
	const hyphenRu: {hyphenateSync(text: string, options?: HyphenateOptions): string};
	export default hyphenRu;
}
