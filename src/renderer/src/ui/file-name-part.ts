const PART_LENGTH = 60

/**
 * A piece of a file name the save dialog accepts (see suggestedNameSchema in the IPC contract):
 * a staff member's name is typed by people and may hold a slash or a colon, which would have
 * the whole request refused. Kept short so the name, its date and extension stay well in bounds.
 */
export function fileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-').trim().slice(0, PART_LENGTH)
  return /^\.*$/.test(cleaned) ? '-' : cleaned
}
