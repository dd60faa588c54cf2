// Types of third-party-notices.js, which stays JavaScript because the build runs it uncompiled.
export class MissingLicenceError extends Error {}

export type MetafileOutputs = Record<string, {inputs: Record<string, unknown>}>;

export type BundledPackage = {
	name: string;
	version: string;
	licence: string;
	licenceTexts: Array<{file: string; text: string}>;
	noticeTexts: Array<{file: string; text: string}>;
	suppliedLicence: boolean;
};

export function packageFolderOf(input: string): string | undefined;
export function bundledPackageFolders(outputs: MetafileOutputs): string[];
export function bundledPackages(options: {outputs: MetafileOutputs; root: string; suppliedLicences: string}): BundledPackage[];
export function noticesText(packages: BundledPackage[]): string;
