/**
 * Letter classes for the page-dump parser, as explicit ranges: Latin, Latin-1 and Cyrillic,
 * which is what Russian newsletters are written in. Not \p{Lu} and friends: compiling a
 * Unicode-property expression is costly at its first use, and parsing an issue is on the
 * path of every printing command, whose start-up budget is small.
 */
export const capital = 'A-ZÀ-ÖØ-ÞА-ЯЁ';
export const letter = `A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё`;
