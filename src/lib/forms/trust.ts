import { z } from 'zod';
import { checkbox, integer } from './fields';

/** Changing the retention period needs a reason; it is kept in the audit log with the change. */
export const retentionSchema = z.object({
	years: integer(1, 100),
	reason: z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string().min(1, 'retention_err_reason').max(500, 'err_too_long'))
});

/** Anonymising cannot be undone: the form asks for an explicit confirmation. */
export const anonymiseSchema = z.object({ confirm: checkbox().refine((v) => v, { message: 'err_required' }) });
