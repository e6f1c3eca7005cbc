import { z } from 'zod';
import { checkbox, integer } from './fields';

export const retentionSchema = z.object({ years: integer(1, 100) });

/** Anonymising cannot be undone: the form asks for an explicit confirmation. */
export const anonymiseSchema = z.object({ confirm: checkbox().refine((v) => v, { message: 'err_required' }) });
