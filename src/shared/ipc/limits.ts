/** Largest file the app reads through `openFile` unless the caller asks for less. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024
