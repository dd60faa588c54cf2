/** The YAML front matter of a Markdown issue cannot be read; the message says why. */
export class FrontMatterError extends Error {}
