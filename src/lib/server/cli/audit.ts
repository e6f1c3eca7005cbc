import type { Command } from './commands';
import { UsageError } from './args';
import { getSqlite } from '../db';
import { verifyAuditChain } from '../audit-chain';

export const auditCommand: Command = {
	summary: 'Check the audit log’s hash chain (verify); names the first broken entry (exit 1).',
	usage: 'audit verify',
	run(args) {
		const [sub] = args.positionals;
		if (sub !== 'verify') throw new UsageError(sub ? `Unknown audit command: ${sub}` : 'audit needs a subcommand');
		const result = verifyAuditChain(getSqlite());
		if (result.ok) {
			console.log(`OK: the audit log's chain is intact (${result.count} entries).`);
			return 0;
		}
		console.error(result.message);
		console.error(`${result.count} entries before it are intact. Compare with a backup to see what changed.`);
		return 1;
	}
};
