// One schema, split by aggregate. Migrations in db/migrations are generated from it by drizzle-kit.
export * from './accounts';
export * from './audit';
export * from './clients';
export * from './records';
export * from './employers';
export * from './fidelity';
export * from './changes';
export * from './services';
export * from './reminders';
export * from './work-ability';
export * from './feedback';
export * from './sign-in';
