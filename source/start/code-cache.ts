import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import {Script} from 'node:vm';

/**
 * V8's code cache for our bundle's CommonJS files (Node 20 has no module.enableCompileCache):
 * compiling dist/main.cjs alone takes ~4 ms of a ~15 ms start, and compiling from the cache
 * a tenth of that. Each file's cache is written at exit by the first start that compiled
 * it, then used by every later one; V8 checks that a cache belongs to the same source and
 * the same V8, and a rejected one is compiled anew and replaced. Files that import() an ES
 * module (the reader's start) are left to Node, which knows how to resolve that import.
 */

/** The parts of Node's Module that loading a CommonJS file goes through. */
type LoadingModule = {
	exports: unknown;
	require: (id: string) => unknown;
	_compile: (content: string, filename: string) => unknown;
};

type ModuleInternals = {
	prototype: LoadingModule;
	wrap: (content: string) => string;
	_resolveFilename: (request: string, parent: LoadingModule, isMain: boolean, options?: {paths?: string[]}) => string;
	_cache: Record<string, unknown>;
};

export function useCodeCache(bundleDir: string, cacheDir: string): void {
	// Node's own loader, reached through the documented Module class; its internals are typed above.
	const internals = Module as unknown as ModuleInternals;
	const compile = internals.prototype._compile;
	const toWrite: Array<{script: Script; file: string}> = [];

	internals.prototype._compile = function (this: LoadingModule, content: string, filename: string) {
		if (!filename.startsWith(`${bundleDir}${path.sep}`) || content.includes('import(')) {
			return compile.call(this, content, filename);
		}

		const file = path.join(cacheDir, `${path.relative(bundleDir, filename).replaceAll(path.sep, '-')}.bin`);
		let cachedData: Buffer | undefined;
		try {
			cachedData = readFileSync(file);
		} catch {
			// None yet: compiled from source, and cached at exit.
		}

		const script = new Script(internals.wrap(content), {filename, cachedData});
		if (cachedData === undefined || script.cachedDataRejected === true) {
			toWrite.push({script, file});
		}

		// What Node hands every CommonJS module: its own require, resolving from its file.
		const require = Object.assign((id: string) => this.require(id), {
			resolve: (request: string, options?: {paths?: string[]}) => internals._resolveFilename(request, this, false, options),
			cache: internals._cache,
		});
		const run = script.runInThisContext({displayErrors: true}) as (...args: unknown[]) => unknown;
		return run.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
	};

	process.on('exit', () => {
		for (const {script, file} of toWrite) {
			// After running, so the cache holds the functions this start compiled too. Written
			// aside and renamed: a start reading it meanwhile sees a whole cache or none.
			const temporary = `${file}.${process.pid}.tmp`;
			try {
				mkdirSync(cacheDir, {recursive: true});
				writeFileSync(temporary, script.createCachedData());
				renameSync(temporary, file);
			} catch {
				// Only speed is lost: the next start compiles from source again.
			}
		}
	});
}
