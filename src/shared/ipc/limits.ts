/** Largest file the app reads through `openFile` unless the caller asks for less. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024

/**
 * Largest backup or hand-over file the app reads or writes, as stored (compressed): the size
 * the open dialog already accepts. A shop's backup is a few megabytes; the 100,000-customer
 * benchmark shop compresses to well under this.
 */
export const MAX_BACKUP_FILE_BYTES = MAX_OPEN_FILE_BYTES

/** Largest a backup may unpack to: a guard against a small file that unpacks to fill the memory. */
export const MAX_UNPACKED_BACKUP_BYTES = 1536 * 1024 * 1024

/** Automatic backups kept in the data folder, at most (the setting chooses within 1…this). */
export const MAX_KEPT_BACKUPS = 100
