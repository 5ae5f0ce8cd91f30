/** What every feature plugin gets: configuration, storage, the live rooms, invited names and the clock. */
import type { Config } from './env';
import type { Storage } from './storage/storage';
import type { InvitedNames } from './meetings/invited-names';
import type { Rooms } from './sync/rooms';
import type { ContentMigration } from '@naervaer/shared/content-migrations';
import type { OidcLogins } from './auth/oidc';

export type AppContext = {
  config: Config;
  storage: Storage;
  rooms: Rooms;
  /** Invited people's names, for the check of an anonymous consultation's content. */
  invitedNames: InvitedNames;
  now: () => Date;
  /** Logins through the OpenID providers: their metadata, the logins under way, logging out there. */
  oidc: OidcLogins;
  /** The keyed hash of a person's id at a provider, which binds an invitation to them (auth/identity-hash.ts). */
  identityHash: (provider: string, subject: string) => string;
  /** The content migrations (shared/content-migrations.ts; a test gives its own). */
  contentMigrations: readonly ContentMigration[];
};
