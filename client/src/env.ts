/** The client's build-time configuration, read once here; nothing else reads import.meta.env. */
const key = import.meta.env.VITE_TLDRAW_LICENSE_KEY as string | undefined;

export const clientEnv = {
  /** tldraw licence key; without one, the board canvas only runs on localhost or plain http (see README). */
  tldrawLicenseKey: key && key.trim() !== '' ? key.trim() : null,
} as const;
