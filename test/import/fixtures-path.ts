import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const fixturesDir = fileURLToPath(new URL('fixtures', import.meta.url));

export function fixture(name: string): Uint8Array {
	return new Uint8Array(readFileSync(`${fixturesDir}/${name}`));
}

export function fixtureText(name: string): string {
	return readFileSync(`${fixturesDir}/${name}`, 'utf8');
}
