import { z } from 'zod';
import { checkbox, choice, integer, optionalText, requiredText } from '$lib/forms/fields';
import { SERVICE_AREAS, SERVICE_SECTORS } from '$lib/domain/vocabularies';
import { isWebAddress } from '$lib/domain/service-map';

const webAddress = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
	z.string().max(500, 'err_too_long').refine(isWebAddress, 'services_err_url').nullable()
);

/** One service of the catalogue: the form's fields and a CSV row's columns are the same. */
export const serviceFields = {
	name: requiredText(200),
	provider: requiredText(200),
	sector: choice(SERVICE_SECTORS),
	area: choice(SERVICE_AREAS),
	description: optionalText(2000),
	municipality: optionalText(100),
	contact: optionalText(300),
	url: webAddress
};

export const serviceSchema = z.object({ ...serviceFields, active: checkbox() });
export type ServiceInput = z.infer<typeof serviceSchema>;

export const serviceEditSchema = serviceSchema.extend({ baseVersion: integer(1, Number.MAX_SAFE_INTEGER) });
