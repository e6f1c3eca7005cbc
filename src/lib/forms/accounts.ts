import { z } from 'zod';
import { email, optionalText, requiredText, choice, checkbox, optionalNumber } from './fields';

export const MIN_PASSWORD = 12;

const newPassword = z
	.string({ required_error: 'err_required' })
	.min(MIN_PASSWORD, 'err_password_short')
	.max(256, 'err_too_long');

export const signInSchema = z.object({
	email: z.string().max(254).default(''),
	password: z.string().max(256).default('')
});

export const setupSchema = z
	.object({ name: requiredText(100), email: email(), password: newPassword, passwordRepeat: z.string().default('') })
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'err_password_mismatch' });

export const changePasswordSchema = z
	.object({ currentPassword: z.string().default(''), password: newPassword, passwordRepeat: z.string().default('') })
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'err_password_mismatch' });

export const teamSchema = z.object({ name: requiredText(100), municipality: optionalText(100) });

export const newUserSchema = z.object({
	kind: choice(['staff', 'employer'] as const),
	name: requiredText(100),
	email: email(),
	phone: optionalText(40),
	isAdmin: checkbox(),
	teamId: z.preprocess((v) => (v === '' || v == null ? null : Number(v)), z.number().int().positive().nullable()),
	role: choice(['lead', 'coach', 'none'] as const).default('none'),
	employerId: z.preprocess((v) => (v === '' || v == null ? null : Number(v)), z.number().int().positive().nullable()),
	password: newPassword
});

export const teamRoleSchema = z.object({
	teamId: z.preprocess((v) => Number(v), z.number({ invalid_type_error: 'err_required' }).int().positive('err_required')),
	role: choice(['lead', 'coach'] as const),
	fte: optionalNumber(0.1, 1)
});

export const oneTimePasswordSchema = z.object({ password: newPassword });
