/** What every feature plugin gets: configuration, storage, the live rooms and the clock. */
import type { Config } from './env';
import type { Storage } from './storage/storage';
import type { Rooms } from './sync/rooms';

export type AppContext = {
  config: Config;
  storage: Storage;
  rooms: Rooms;
  now: () => Date;
};
