import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// The folders of source/ are layers: no folder imports a folder that imports it back, and
// nothing in the code points at a file outside the repository.

const sourceDir = fileURLToPath(new URL('../source', import.meta.url));

function sourceFiles(dir: string, names = /\.(?:ts|tsx|js)$/u): string[] {
	return readdirSync(dir, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && names.test(entry.name))
		.map(entry => path.join(entry.parentPath, entry.name));
}

/** The folder below source/ a file lies in ('.' for the top). */
function folderOf(file: string): string {
	const parts = path.relative(sourceDir, file).split(path.sep);
	return parts.length > 1 ? parts[0]! : '.';
}

/** Folder → the folders its files import (dynamic imports too). */
function folderImports(): Map<string, Set<string>> {
	const imports = new Map<string, Set<string>>();
	for (const file of sourceFiles(sourceDir)) {
		const from = folderOf(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\(|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/gu)) {
			const to = folderOf(path.resolve(path.dirname(file), specifier!));
			if (to !== from) {
				let targets = imports.get(from);
				if (targets === undefined) {
					targets = new Set();
					imports.set(from, targets);
				}

				targets.add(to);
			}
		}
	}

	return imports;
}

/** A cycle of folders, as a path that comes back to its start, or undefined. */
function findCycle(imports: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
	const done = new Set<string>();
	const walk = (folder: string, trail: string[]): string[] | undefined => {
		if (trail.includes(folder)) {
			return [...trail.slice(trail.indexOf(folder)), folder];
		}

		if (done.has(folder)) {
			return undefined;
		}

		for (const next of imports.get(folder) ?? []) {
			const cycle = walk(next, [...trail, folder]);
			if (cycle) {
				return cycle;
			}
		}

		done.add(folder);
		return undefined;
	};

	for (const folder of imports.keys()) {
		const cycle = walk(folder, []);
		if (cycle) {
			return cycle;
		}
	}

	return undefined;
}

describe('source/', () => {
	it('has no import cycle between folders', () => {
		expect(findCycle(folderImports())).toBeUndefined();
	});

	it('finds a cycle when there is one', () => {
		expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a', 'b', 'c', 'a']);
		expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]))).toBeUndefined();
	});

	it('names no file outside the repository', () => {
		const testDir = fileURLToPath(new URL('.', import.meta.url));
		const outside = /\b(?:DESIGN|STACK)\.md\b|\.\.\/shared\//u;
		const codeAndNotes = /\.(?:ts|tsx|js|md)$/u;
		for (const file of [...sourceFiles(sourceDir, codeAndNotes), ...sourceFiles(testDir, codeAndNotes)]) {
			expect(readFileSync(file, 'utf8'), file).not.toMatch(outside);
		}
	});

	it('keeps the pure layers pure: archive/ and layout/ touch no file system and no layer above them', () => {
		const imports = folderImports();
		expect([...imports.get('archive') ?? []]).toEqual([]);
		expect([...imports.get('layout') ?? []].filter(folder => folder !== 'archive')).toEqual([]);
		for (const file of sourceFiles(path.join(sourceDir, 'archive'))) {
			expect(readFileSync(file, 'utf8'), file).not.toMatch(/from 'node:fs/u);
		}
	});
});
