import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';

/** Every migration, oldest first. Listed explicitly so the build needs no file globbing. */
export const migrations = [InitialSchema1764000000000];
