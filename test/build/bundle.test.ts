import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// What the built bundle contains, told by esbuild's metafile that the build leaves in
// dist/meta.json, read here without the notices generator's help: every package in it must
// be in the notices with its licence, and the notices must name nothing else.

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, 'dist');
const meta = JSON.parse(readFileSync(path.join(dist, 'meta.json'), 'utf8')) as {outputs: Record<string, {inputs: Record<string, unknown>}>};
const notices = readFileSync(path.join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');

/** Each package folder in the bundle with the output files holding its code. */
function bundledFolders(): Map<string, string[]> {
	const folders = new Map<string, string[]>();
	for (const [output, {inputs}] of Object.entries(meta.outputs)) {
		for (const input of Object.keys(inputs)) {
			const match = /^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+/u.exec(input.replace(/^\([a-z]+\):/u, ''));
			if (match) {
				folders.set(match[0], [...folders.get(match[0]) ?? [], output]);
			}
		}
	}

	return folders;
}

/** The notices' sections by their first line, `name version`. */
function sections(): Map<string, string> {
	const byTitle = new Map<string, string>();
	for (const section of notices.split(`${'='.repeat(80)}\n`).slice(1)) {
		const title = section.slice(0, section.indexOf('\n'));
		expect(byTitle.has(title), `${title} is listed twice`).toBe(false);
		byTitle.set(title, section);
	}

	return byTitle;
}

/** The texts of a folder's files whose names start like a licence's or a notice's. */
function textsIn(folder: string, name: RegExp): string[] {
	if (!existsSync(folder)) {
		return [];
	}

	return readdirSync(folder, {withFileTypes: true})
		.filter(entry => entry.isFile() && name.test(entry.name))
		.map(entry => readFileSync(path.join(folder, entry.name), 'utf8').replaceAll('\r\n', '\n').trim());
}

describe('the third-party notices in dist/', () => {
	const folders = bundledFolders();
	const byTitle = sections();

	it('come from a bundle that holds third-party code', () => {
		expect(folders.size).toBeGreaterThan(20);
		expect([...folders.keys()]).toContain('node_modules/@mozilla/readability');
	});

	it('carry every bundled package with its licence id, licence and NOTICE texts', () => {
		for (const [folder, outputs] of folders) {
			const manifest = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as {name: string; version: string};
			const title = `${manifest.name} ${manifest.version}`;
			const section = byTitle.get(title);
			expect(section, `${title} (${folder}, in ${outputs.join(', ')}) is missing from the notices`).toBeDefined();
			expect(section, title).toMatch(/^Licence: \S/mu);
			expect(notices, title).toContain(`\n  ${title} (`);
			const own = textsIn(path.join(root, folder), /^(?:licen[cs]e|copying)/iu);
			const licences = own.length > 0 ? own : textsIn(path.join(root, 'source/build/licences', manifest.name), /^licen[cs]e/iu);
			expect(licences.length, `${title}: no licence text to compare with`).toBeGreaterThan(0);
			for (const text of [...licences, ...textsIn(path.join(root, folder), /^notice/iu)]) {
				expect(section, title).toContain(text);
			}
		}
	});

	it('name no package the bundle does not hold', () => {
		const bundled = new Set([...folders.keys()].map(folder => {
			const {name, version} = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as {name: string; version: string};
			return `${name} ${version}`;
		}));
		expect([...byTitle.keys()].filter(title => !bundled.has(title))).toEqual([]);
	});
});
