import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {helpText, usageLine} from '../../source/cli/help-text.js';
import {commandNames, flagTypes, parseArguments, type FlagName, type NamedCommand} from '../../source/cli/parse-arguments.js';
import {cliMessages} from '../../source/i18n/cli-messages.js';
import type {Language} from '../../source/i18n/locale.js';

const languages: Language[] = ['en', 'ru'];
const commands = commandNames.filter((name): name is NamedCommand => name !== 'help');
const allFlags = Object.keys(flagTypes) as FlagName[];

/** Arguments that satisfy a command, so that only the flag decides whether the parser accepts it. */
const argumentsOf: Partial<Record<NamedCommand, string[]>> = {read: ['gold'], export: ['all'], mark: ['gold'], import: ['x.txt'], search: ['золото']};

/** The flags the parser accepts for a command, found by asking it, not by reading its table. */
function acceptedFlags(command: NamedCommand): FlagName[] {
	const messages = cliMessages('en');
	return allFlags.filter(flag => {
		const value = flagTypes[flag] === 'string' ? [flag === 'format' ? 'json' : '20'] : [];
		const result = parseArguments([command, ...argumentsOf[command] ?? [], `--${flag}`, ...value], messages);
		return !(result.kind === 'usage-error' && result.message === messages.flagNotForCommand(`--${flag}`, command));
	});
}

describe('help', () => {
	it.each(languages)('fits 80 columns everywhere (%s)', language => {
		for (const text of [helpText(language), ...commands.map(command => helpText(language, command))]) {
			const wide = text.split('\n').filter(line => stringWidth(line) > 80);
			expect(wide).toEqual([]);
		}

		for (const command of commands) {
			expect(stringWidth(usageLine(language, command))).toBeLessThanOrEqual(80);
		}
	});

	it.each(languages)('names every flag and every command in the whole help (%s)', language => {
		const text = helpText(language);
		for (const flag of allFlags) {
			expect(text).toContain(`--${flag}`);
		}

		for (const command of commandNames) {
			expect(text).toMatch(new RegExp(`^  ${command}\\b`, 'mu'));
		}

		expect(text).toContain('-v, --version');
		expect(text).toContain('-h, --help');
	});

	it.each(languages.flatMap(language => commands.map(command => [language, command] as const)))('%s: %s --help names every flag the parser accepts for it, and no other', (language, command) => {
		const text = helpText(language, command);
		const accepted = acceptedFlags(command);
		expect(accepted).toEqual(expect.arrayContaining(['archive', 'help', 'version']));
		for (const flag of allFlags) {
			if (accepted.includes(flag)) {
				expect(text, `--${flag}`).toMatch(new RegExp(`^  (?:-\\w, )?--${flag}(?![\\w-])`, 'mu'));
			} else {
				expect(text, `--${flag}`).not.toMatch(new RegExp(`^  (?:-\\w, )?--${flag}(?![\\w-])`, 'mu'));
			}
		}

		expect(text).toContain(`bell-reader ${command}`);
		expect(text).toMatch(/\n {2}\$ bell-reader /u);
	});

	it('lists --hyphenate where --width is', () => {
		for (const command of ['latest', 'read', 'export'] as const) {
			expect(helpText('en', command)).toMatch(/^ {2}--hyphenate/mu);
		}
	});
});
