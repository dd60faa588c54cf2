import path from 'node:path';
import {looksLikeMail} from './issues-from-mail.js';
import {looksLikeMbox} from './split-mbox.js';

/**
 * What kind of input a file is: by its extension, and by its first bytes when the
 * extension does not say (mail clients store mailboxes and messages without one).
 */

export type InputKind = 'page-dump' | 'markdown' | 'html' | 'mail' | 'mbox' | 'feed' | 'zip';

const kindsByExtension: Record<string, InputKind> = {
	'.txt': 'page-dump',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.shtml': 'html',
	'.eml': 'mail',
	'.mbox': 'mbox',
	'.mbx': 'mbox',
	'.xml': 'feed',
	'.rss': 'feed',
	'.atom': 'feed',
	'.zip': 'zip',
};

export function kindByName(file: string): InputKind | undefined {
	return kindsByExtension[path.extname(file).toLowerCase()];
}

/** The kind a file without a known extension has, from its first few kilobytes. */
export function kindByContent(head: Uint8Array): InputKind | undefined {
	const text = new TextDecoder('latin1').decode(head);
	if (looksLikeMbox(text)) {
		return 'mbox';
	}

	if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/u.test(text)) {
		return 'feed';
	}

	if (/^\uFEFF?\s*\{\s*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//u.test(new TextDecoder().decode(head))) {
		return 'feed';
	}

	if (/^\s*(?:<!doctype html|<html)[\s>]/iu.test(text)) {
		return 'html';
	}

	if (looksLikeMail(text)) {
		return 'mail';
	}

	return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04 ? 'zip' : undefined;
}
