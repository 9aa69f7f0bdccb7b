import type { MessageCatalog } from '../zh-CN'

export const careQueueEn = {
  title: 'Care queue',
  lead: 'Contacts suggested from your records: birthdays, festivals, anniversaries, maintenance due, warranties about to end, calls after a repair, and customers you have not heard from in a while.',
  calendarLink: 'Visit calendar',
  campaignLink: 'Seasonal campaign',
  settingsLink: 'Adjust the rules',
  loading: 'Checking customer records…',
  progress: 'Checking customer records… ({{read}} of {{total}} done)',
  failed: 'Could not read the care queue: {{message}}',
  sections: {
    overdue: 'Overdue',
    today: 'Today',
    'this-week': 'This week',
    later: 'Coming up'
  },
  sectionEmpty: {
    overdue: 'Nothing overdue.',
    today: 'No one to contact today.',
    'this-week': 'No new suggestions for the coming week.',
    later: 'Nothing yet.'
  },
  count: '{{count}}',
  reasons: {
    birthday: 'Birthdays',
    festival: 'Festival greetings',
    anniversary: 'Anniversaries',
    maintenance: 'Maintenance due',
    warranty: 'Warranty ending',
    'service-follow-up': 'Calls after a repair',
    'no-contact': 'Long time no contact'
  },
  reasonText: {
    birthdaySolar: 'Birthday on {{date}}',
    birthdayLunar: 'Lunar birthday {{lunar}}, this year on {{date}}',
    age: 'turns {{age}}',
    festival: '{{festival}} on {{date}}',
    anniversary: '{{label}} on {{date}}',
    anniversaryLunar: '{{label}}, lunar {{lunar}}, on {{date}}',
    years: 'year {{years}}',
    maintenance: '{{product}}: maintenance due {{date}}',
    warranty: '{{product}}: warranty ends {{date}}',
    serviceFollowUp: '{{product}}: {{summary}} on {{serviceDate}}, call due {{date}}',
    noContact: 'Last contact {{lastContact}}, {{days}} days ago',
    noContactNever: 'No contact on record since the file was opened on {{since}}, {{days}} days ago'
  },
  dateKinds: {
    'purchase-anniversary': 'Purchase anniversary',
    custom: 'Anniversary'
  },
  festivals: {
    'new-year': 'New Year’s Day',
    'spring-festival': 'Spring Festival',
    lantern: 'Lantern Festival',
    qingming: 'Qingming',
    'dragon-boat': 'Dragon Boat Festival',
    qixi: 'Qixi',
    'mid-autumn': 'Mid-Autumn Festival',
    'national-day': 'National Day',
    'double-ninth': 'Double Ninth Festival',
    'winter-solstice': 'Winter Solstice'
  },
  methods: {
    visit: 'Visit',
    call: 'Phone call',
    message: 'SMS / WeChat',
    letter: 'Letter or card',
    gift: 'Gift delivery',
    event: 'Customer event'
  },
  prefers: 'Prefers {{channel}}',
  noPhone: 'No phone',
  missing: {
    'no-phone': 'No phone',
    'no-address': 'No address',
    'no-birthday': 'No birthday',
    'unreadable-date': 'Date wrong: {{label}}',
    'no-purchase-date': '{{product}}: no purchase date'
  },
  missingLabel: 'Missing from the record',
  actions: {
    label: 'Suggestion for {{name}}',
    accept: 'Accept',
    snooze: 'Snooze',
    dismiss: 'Dismiss'
  },
  accepted: 'Planned: {{name}}, {{time}}',
  undo: 'Undo',
  undone: 'Undone.',
  showMore: 'Show {{count}} more',
  snooze: {
    title: 'Snooze: {{name}}',
    until: 'Remind me again on',
    note: 'Note (optional)',
    submit: 'Snooze',
    done: 'Snoozed until {{date}}: {{name}}'
  },
  dismiss: {
    title: 'Dismiss: {{name}}',
    reason: 'Reason',
    reasonHint: 'e.g. the customer declined, or was reached another way',
    submit: 'Dismiss',
    done: 'Dismissed: {{name}}'
  },
  cancel: 'Cancel',
  problems: {
    'until-invalid': 'Choose a date.',
    'until-not-after-today': 'Choose a date after today.',
    'reason-required': 'Say why this suggestion is dismissed.'
  },
  purpose: {
    birthday: 'Birthday greeting',
    festival: '{{festival}} greeting',
    anniversary: '{{label}} greeting',
    maintenance: 'Maintenance reminder: {{product}}',
    warranty: 'Warranty ending: {{product}}',
    'service-follow-up': 'Call after service: {{product}}',
    'no-contact': 'Keeping in touch'
  },
  tally: {
    noConsent: '{{count}} customers asked not to be contacted and are left out.',
    openComplaint: '{{count}} greetings or sales calls are held back while the customer has an open complaint.',
    missing: 'Missing from records: {{phones}} customers without a phone, {{birthdays}} people without a birthday, {{products}} products without a purchase date (missing dates are never guessed: fill them in).'
  },
  campaign: {
    title: 'Seasonal campaign',
    lead: 'Plan the same contact for a group of customers, such as every A-tier customer before Spring Festival. Customers already planned for the occasion, who asked not to be contacted, or who have an open complaint are skipped.',
    occasion: 'Occasion',
    festivalOption: 'A festival',
    customOption: 'An event of our own',
    festival: 'Festival',
    year: 'Year',
    festivalOn: '{{festival}}: {{date}}',
    occasionDate: 'Event date',
    name: 'Event name',
    contactDate: 'Start contacting on',
    contactDateHint: 'When a member of staff’s day is full, the rest move to the next day.',
    segment: 'Customers',
    tiers: 'Tiers',
    tag: 'Tag',
    owner: 'Owner',
    any: 'Any',
    method: 'Method',
    purpose: 'Task purpose',
    counting: 'Counting…',
    preview: 'Will plan {{count}} tasks; skipped: {{planned}} already planned, {{consent}} no consent, {{complaint}} open complaint.',
    run: 'Plan tasks',
    running: 'Planning…',
    done: 'Planned {{created}} tasks; skipped {{skipped}} customers.',
    doneRange: 'From {{first}} to {{last}}.',
    close: 'Close',
    problems: {
      'no-tier': 'Choose at least one tier.',
      'contact-date-invalid': 'Enter the day to start contacting.',
      'contact-date-past': 'The start day cannot be before today.',
      'name-required': 'Name the event (at most 40 characters).',
      'occasion-date-invalid': 'Enter the event date.',
      'festival-year-out-of-range': 'Festivals can be worked out for 1901–2099 only.',
      'purpose-required': 'Enter the task purpose.'
    }
  },
  settings: {
    title: 'Care rules',
    hint: 'When the care queue suggests a contact: how many days ahead, how long a missed one stays listed, and after how long without contact each tier is due a call.',
    leadDays: 'Days ahead',
    leadRules: {
      birthday: 'Birthday',
      festival: 'Festival',
      anniversary: 'Anniversary',
      maintenance: 'Maintenance due',
      warranty: 'Warranty ending'
    },
    afterwards: 'Follow-up and overdue',
    followUpDaysAfterService: 'Call after a repair, days later',
    overdueDays: 'Keep missed ones listed, days',
    noContactDays: 'Days without contact, by tier',
    tier: 'Tier {{tier}}',
    festivals: 'Festivals greeted',
    festivalTiers: 'Tiers greeted at festivals',
    festivalTiersHint: 'Festival greetings list customers of these tiers only; use a seasonal campaign to reach more.',
    days: 'days',
    save: 'Save',
    saved: 'Saved.',
    problems: {
      'not-a-whole-number': '{{field}}: enter a whole number from {{min}} to {{max}}.',
      'out-of-range': '{{field}}: must be from {{min}} to {{max}}.',
      'tiers-out-of-order': '{{field}}: cannot be fewer days than the tier above (better tiers are called sooner).',
      'unknown-value': '{{field}}: choose again, the stored choice is not recognised.'
    }
  }
} satisfies MessageCatalog['careQueue']
