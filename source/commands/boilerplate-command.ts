import {learnedBlocks, isKeptAsStory, type LearnedBlock} from '../library/learned-boilerplate-cache.js';
import {chooseStoryBlock} from '../store/reader-state.js';
import {CommandError, type CommandContext} from './command-context.js';
import {loadCatalog} from './load-issues.js';

/** What a learned block does to the stories: leaves them (`notice`), stays (`story`, the user's choice), or names a sub-heading. */
type Role = 'notice' | 'story' | 'heading';

type ListedBlock = {number: number; issues: number; role: Role; source: string; text: string};

function listed(blocks: readonly LearnedBlock[], context: CommandContext): ListedBlock[] {
	const choices = context.readState().storyBlocks ?? [];
	return blocks.map((block, index) => ({
		number: index + 1,
		issues: block.issues,
		role: block.kind === 'heading' ? 'heading' : (isKeptAsStory(block, choices) ? 'story' : 'notice'),
		source: block.source,
		text: block.text,
	}));
}

/**
 * `boilerplate [--json]`: what was learned from the archive, most repeated first —
 * number<TAB>issues<TAB>role<TAB>source<TAB>text. `boilerplate story <n>` keeps block n in
 * the stories from now on; `boilerplate notice <n>` lets it leave them again.
 */
export async function boilerplateCommand(context: CommandContext): Promise<void> {
	const [action, which] = context.args;
	if (action !== undefined && action !== 'story' && action !== 'notice') {
		throw new CommandError(context.messages.badBoilerplateAction(action));
	}

	const catalog = await loadCatalog(context);
	const blocks = listed(await learnedBlocks(catalog, context.paths.cacheDir), context);
	if (action !== undefined) {
		const block = blocks.find(candidate => String(candidate.number) === which && candidate.role !== 'heading');
		if (block === undefined) {
			throw new CommandError(context.messages.noLearnedBlock(which ?? '', blocks.filter(candidate => candidate.role !== 'heading').length));
		}

		const store = await context.openStore();
		store.update(state => chooseStoryBlock(state, block, action));
		context.out(`${context.messages.learnedBlockChosen(block.number, action, block.text)}\n`);
		return;
	}

	if (blocks.length === 0) {
		// Said on stderr: a script reading stdout still gets an empty list.
		context.warn(context.messages.noLearnedBlock('', 0));
	}

	if (context.flags.json) {
		context.out(`${JSON.stringify(blocks, null, 2)}\n`);
		return;
	}

	const oneLine = (text: string) => text.replace(/[\t\n]+/gu, ' ');
	context.out(blocks.map(block => `${block.number}\t${block.issues}\t${block.role}\t${block.source || '-'}\t${oneLine(block.text)}\n`).join(''));
}
