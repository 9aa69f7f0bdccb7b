/*
 * Why the complaint happened, as found when it was looked into (找出原因). A short fixed list,
 * not free text, so reports can count common causes (找出共性) and show what to fix first.
 * 'unknown' is a real answer: the cause is not always found, and guessing would skew the counts.
 */
export const ROOT_CAUSES = [
  'product-defect',
  'part-failure',
  'workmanship',
  'wear-or-misuse',
  'staff-conduct',
  'process-or-policy',
  'communication',
  'delay',
  'supplier',
  'unknown'
] as const

export type RootCause = (typeof ROOT_CAUSES)[number]

export const isRootCause = (value: string): value is RootCause => ROOT_CAUSES.some((cause) => cause === value)
