import packageJson from '../../package.json' with {type: 'json'};

/** How bell-reader names itself to the servers it asks: its name and version. */
export const userAgent = `bell-reader/${packageJson.version} (terminal newsletter reader)`;

/** Seconds a whole request may take unless `--timeout` says otherwise. */
export const defaultTimeoutSeconds = 30;
