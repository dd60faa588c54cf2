import path from 'node:path';
import type {SourceFormat} from './issue.js';

const formatsByExtension: Record<string, SourceFormat> = {
	'.txt': 'page-dump',
	'.md': 'markdown',
	'.markdown': 'markdown',
};

export function issueFormatOf(file: string): SourceFormat | undefined {
	return formatsByExtension[path.extname(file).toLowerCase()];
}

/** An issue's id is its file name without the extension. */
export function issueIdOf(file: string): string {
	return path.basename(file, path.extname(file));
}
