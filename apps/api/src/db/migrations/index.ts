import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { SessionLastSeen1768000000000 } from './1768000000000-session-last-seen.js';

/** Every migration, oldest first. Listed explicitly so the build needs no file globbing. */
export const migrations = [InitialSchema1764000000000, SessionLastSeen1768000000000];
