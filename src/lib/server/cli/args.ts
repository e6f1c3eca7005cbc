/** Minimal flag parsing for the polku CLI: `--name value`, `--flag`, positionals. */
export type ParsedArgs = { positionals: string[]; flags: Record<string, string | true> };

export function parseArgs(argv: string[]): ParsedArgs {
	const positionals: string[] = [];
	const flags: Record<string, string | true> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			if (eq > 0) {
				flags[arg.slice(2, eq)] = arg.slice(eq + 1);
			} else {
				const next = argv[i + 1];
				if (next !== undefined && !next.startsWith('--')) {
					flags[arg.slice(2)] = next;
					i++;
				} else {
					flags[arg.slice(2)] = true;
				}
			}
		} else {
			positionals.push(arg);
		}
	}
	return { positionals, flags };
}

export class UsageError extends Error {}

export function stringFlag(args: ParsedArgs, name: string, required = false): string | undefined {
	const value = args.flags[name];
	if (value === undefined || value === true) {
		if (required) throw new UsageError(`--${name} <value> is required`);
		return undefined;
	}
	return value;
}
