import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// What `npx bell-reader` downloads: the bundled JavaScript with the licences of what it
// bundles, the sample archive, and no registry package to install but the optional native
// SQLite module.

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
	bin: Record<string, string>;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
};

describe('the published package', () => {
	it('depends on nothing but the optional native search engine', () => {
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(Object.keys(manifest.optionalDependencies ?? {})).toEqual(['better-sqlite3']);
	});

	it('ships the bundle, the vendored libraries, the licences and the sample archive, nothing else', () => {
		const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'});
		expect(result.status, result.stderr).toBe(0);
		const [pack] = JSON.parse(result.stdout) as Array<{files: Array<{path: string}>}>;
		const files = pack!.files.map(file => file.path).sort();
		expect(files).toContain('dist/cli.cjs');
		expect(files).toContain(manifest.bin['bell-reader']);
		expect(files).toContain('LICENSE');
		expect(files).toContain('dist/THIRD-PARTY-NOTICES.txt');
		expect(files).toEqual(expect.arrayContaining(['dist/dictionary/words.dawg', 'dist/dictionary/paradigms.array', 'dist/dictionary/suffixes.json', 'dist/dictionary/LICENSE']));
		for (const file of files) {
			expect(file, file).toMatch(/^(?:dist\/(?:cli\.cjs|watcher\.cjs|ui\.mjs|THIRD-PARTY-NOTICES\.txt|(?:parts|vendor)\/[a-z-]+\.cjs|dictionary\/(?:words\.dawg|paradigms\.array|suffixes\.json|LICENSE))|archive\/[^/]+\.(?:txt|md)|package\.json|README\.md|LICENSE)$/u);
		}
	});
});
