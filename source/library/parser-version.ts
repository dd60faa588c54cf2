/**
 * Bumped whenever parsing an issue file can give another result: every cache of parsed
 * facts (the catalog, the story cache, the search index) keys itself to it, so a new parser
 * never answers from an old parser's work.
 */
export const parserVersion = 4;
