import packageJson from '../package.json' with { type: 'json' };

/** The host's version, reported by /api/session so that clients can tell which host they talk to. */
export const HOST_VERSION: string = packageJson.version;
