import type {Anchor} from '../archive/issue.js';
import type {Model} from './app-model.js';

/** Where an issue opens from the reader: where it was left; a finished one at its start again. */
export function resumePosition(model: Pick<Model, 'stored'>, id: string): {at?: Anchor} {
	const issueState = model.stored.issues[id];
	const finished = issueState?.read && (issueState.progress ?? 1) >= 0.99;
	return issueState?.position && !finished ? {at: issueState.position} : {};
}
