import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		// Loads what the app loads lazily before hyphenating or reading Markdown.
		setupFiles: ['test/setup/load-lazy-modules.ts'],
	},
});
