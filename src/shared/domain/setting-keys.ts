/** The shop-wide settings' keys (each a record in the settings table), in one place. */
export const SETTING_KEYS = {
  /** TierThresholds: yuan spent in the last 12 months for tiers A, B and C. */
  tierThresholds: 'tierThresholds',
  /** ComplaintDeadlines: hours to the first response and to the resolution, by severity. */
  complaintDeadlines: 'complaintDeadlines',
  /** string: the shop's name, for slips and the {{shopName}} of suggested wording. */
  shopName: 'shopName',
  /** readonly string[]: the shop's own complaint categories, after the built-in ones. */
  customComplaintCategories: 'customComplaintCategories',
  /** CareSettings: lead days of the care rules, overdue window, no-contact days by tier, festivals greeted. */
  careSettings: 'careSettings',
  /** number (1…MAX_KEPT_BACKUPS): how many automatic backups the desktop app keeps in its data folder. */
  backupsToKeep: 'backupsToKeep'
} as const
