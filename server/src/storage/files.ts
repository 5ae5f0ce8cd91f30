/**
 * A meeting's files on disk (minutes PDFs and anything else a feature writes) live under
 * DATA_DIR/meetings/<meetingId>/ and nowhere else, so deleting a meeting can remove them all.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

export const MEETINGS_DIR = 'meetings';

/** The folder holding one meeting's files. Refuses ids that could step outside it. */
export function meetingFilesDir(dataDir: string, meetingId: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(meetingId)) throw new Error(`not a safe meeting id: ${JSON.stringify(meetingId)}`);
  return join(dataDir, MEETINGS_DIR, meetingId);
}

/** Removes every file a meeting has on disk; nothing to remove is fine. */
export async function deleteMeetingFiles(dataDir: string, meetingId: string): Promise<void> {
  await rm(meetingFilesDir(dataDir, meetingId), { recursive: true, force: true });
}
