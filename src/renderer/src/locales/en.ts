import type { MessageCatalog } from './zh-CN'
import { spreadsheetImportEn } from './en/spreadsheet-import'
import { customerSheetEn } from './en/customer-sheet'
import { careQueueEn } from './en/care-queue'
import { calendarEn } from './en/calendar'
import { daySheetEn } from './en/day-sheet'
import { reportsEn } from './en/reports'
import { dataTransferEn } from './en/data-transfer'
import { spreadsheetExportEn } from './en/spreadsheet-export'
import { coachingEn } from './en/coaching'
import { complaintsEn } from './en/complaints'
import { complaintListEn } from './en/complaint-list'
import { scriptsEn } from './en/scripts'

export const en = {
  app: {
    name: 'FrontDesk',
    tagline: 'Shop service desk',
    skipToContent: 'Skip to main content',
    loading: 'Loading…'
  },
  nav: {
    label: 'Main navigation',
    customers: 'Customers',
    complaints: 'Complaints',
    visits: 'Care & visits',
    scripts: 'Scripts',
    reports: 'Reports',
    data: 'Data',
    settings: 'Settings',
    shortcutHint: 'Alt+{{key}}'
  },
  staff: {
    atDesk: 'At the desk',
    nobody: '— nobody —',
    noneYet: 'No staff yet: add them in Settings',
    switched: 'Now at the desk: {{name}}',
    roles: {
      clerk: 'Clerk',
      manager: 'Manager'
    }
  },

  firstRun: {
    title: 'Welcome to FrontDesk',
    intro: 'Everything stays on this computer; no network is needed. How would you like to start?',
    demoTitle: 'Load a demo shop',
    demoHint: 'A home-appliance service centre: about 300 customers with products, complaints and care tasks, to find your way around.',
    emptyTitle: 'Start empty',
    emptyHint: 'Enter your own shop’s data from the start.',
    yourName: 'Your name (optional: you become the first staff member)',
    loadingDemo: 'Creating the demo shop…',
    failed: 'That did not finish: {{message}}. Nothing already saved was affected; please try again.'
  },
  settings: {
    saved: 'Saved.',
    shop: {
      title: 'Shop',
      hint: 'The shop’s name is printed on the customer’s slip and fills the shop-name variable in suggested wording.',
      name: 'Shop name',
      tooLong: 'The shop name can be at most {{max}} characters'
    },
    complaints: {
      title: 'Complaints',
      deadlinesHint: 'Hours from receipt to the first response and to the resolution, by severity (clock hours, closed hours included).',
      severity: 'Severity',
      responseHours: 'Respond within (hours)',
      resolutionHours: 'Resolve within (hours)',
      deadlinesInvalid: 'Please enter positive numbers, with no response due after the resolution.',
      categoriesHint: 'The shop’s own complaint categories, one per line, offered after the built-in ones.',
      categories: 'Shop categories',
      categoryProblems: {
        'too-long': '“{{name}}” is too long: at most 30 characters',
        'built-in': '“{{name}}” is the code of a built-in category: please choose another name'
      }
    },
    title: 'Settings',
    language: {
      title: 'Language',
      hint: 'Changes the display on this computer only.'
    },
    staff: {
      title: 'Staff',
      hint: 'Whoever is “at the desk” is recorded as the author of every change.',
      name: 'Name',
      role: 'Role',
      add: 'Add staff member',
      rename: 'Rename',
      save: 'Save',
      cancel: 'Cancel',
      deactivate: 'Deactivate',
      reactivate: 'Reactivate',
      inactive: 'Inactive',
      empty: 'No staff yet.',
      nameRequired: 'Please enter a name.',
      nameTaken: 'There is already a staff member called “{{name}}”.'
    },
    tiers: {
      title: 'Customer tiers',
      hint: 'Tiers are suggested from the last 12 months’ spend (yuan); below the C threshold is D.',
      threshold: 'Tier {{tier}} from',
      invalid: 'Enter positive numbers with A > B > C.',
      saved: 'Saved.'
    },
    storage: {
      title: 'Where data is kept',
      persisted: 'The browser agreed to keep this app’s data: it will not be cleared when the disk runs low.',
      notPersisted: 'The browser did not agree to keep this app’s data: it may clear it when the disk runs low. Back up regularly, or use the desktop app.',
      unsupported: 'This browser cannot be asked to keep the data. Back up regularly, or use the desktop app.',
      desktop: 'The desktop app keeps its data in a folder on this computer.',
      dataFolder: 'Data location',
      checking: 'Checking…'
    },
    about: {
      title: 'About',
      version: 'Version',
      runtime: 'Running as',
      runtimes: {
        electron: 'Desktop app',
        browser: 'Browser'
      },
      development: '(development data)'
    }
  },
  error: {
    title: 'Something went wrong',
    body: 'This page hit an unexpected error and could not be shown.',
    safe: 'Everything you saved is still on this computer: nothing was lost.',
    details: 'Error details (to copy for support)',
    reload: 'Reload',
    copy: 'Copy error details',
    copied: 'Copied'
  },
  customers: {
    listTitle: 'Customers',
    newCustomer: 'New customer',
    trash: 'Trash',
    count: '{{count}} customers',
    loading: 'Loading…',
    noMatches: 'No customer matches these filters.',
    emptyDatabase: 'No customers yet. Choose “New customer” to add the first one.',
    columnsMenu: 'Columns',
    columns: {
      name: 'Name',
      tier: 'Tier',
      phone: 'Phone',
      company: 'Company',
      personality: 'Personality',
      owner: 'Owner',
      lastContact: 'Last contact',
      tags: 'Tags',
      updatedAt: 'Updated'
    },
    filters: {
      title: 'Filters',
      tier: 'Tier',
      personality: 'Personality',
      owner: 'Owner',
      tag: 'Tag',
      any: 'Any',
      noContactForDays: 'No contact for N days',
      days: 'days',
      openComplaints: 'Open complaints',
      clear: 'Clear filters'
    },
    search: {
      label: 'Find a customer',
      placeholder: 'Name, pinyin initials, phone tail… (Ctrl+K)',
      noResults: 'Nothing found for “{{query}}”',
      results: '{{count}} results'
    },
    tiers: { A: 'Tier A', B: 'Tier B', C: 'Tier C', D: 'Tier D' },
    tierHint: { A: 'Key customer', B: 'Important', C: 'Regular', D: 'Occasional' },
    personalities: {
      lively: 'Lively',
      powerful: 'Powerful',
      peaceful: 'Peaceful',
      analytical: 'Analytical',
      unknown: 'Unknown'
    },
    personalityTips: {
      lively: {
        recognise: 'Talkative and trend-minded; buys on impulse and loves novelty.',
        serve: 'Listen, praise sincerely, show what is unique: colours, looks, design.',
        complaint: 'Keep it warm and personal; make them feel they matter.'
      },
      powerful: {
        recognise: 'Decisive and direct; status matters; wants to be in control.',
        serve: 'Be brief and frank; offer three options and let them choose.',
        complaint: 'May be hot-tempered: show respect, stay calm, never argue.'
      },
      peaceful: {
        recognise: 'Follows the majority, rather passive, likes a discount.',
        serve: 'Build trust with other customers’ examples; explain patiently; nudge gently.',
        complaint: 'Reassure them, and follow up without being asked.'
      },
      analytical: {
        recognise: 'Rational, value-for-money, picky about details.',
        serve: 'Give facts, figures, specifications and other customers’ feedback.',
        complaint: 'Bring evidence and a precise plan.'
      },
      unknown: {
        recognise: 'Personality type not judged yet.',
        serve: 'Watch and listen; record the type here once you know.',
        complaint: 'Feelings first, then the facts.'
      }
    },
    channels: { phone: 'Phone', sms: 'SMS', wechat: 'WeChat', letter: 'Letter', visit: 'Visit', email: 'E-mail' },
    kinds: { person: 'Person', organisation: 'Organisation' },
    stages: { current: 'Current', prospect: 'Prospect' },
    relationships: { transactional: 'Transactional', relationship: 'Relationship' },
    dateKinds: { birthday: 'Birthday', 'purchase-anniversary': 'Purchase anniversary', custom: 'Other anniversary' },
    calendars: { solar: 'Solar', lunar: 'Lunar' },
    form: {
      createTitle: 'New customer',
      editTitle: 'Edit customer: {{name}}',
      identity: 'Identity',
      name: 'Name',
      kind: 'Kind',
      company: 'Company',
      phones: 'Phones',
      addPhone: 'Add phone',
      removePhone: 'Remove this phone',
      phoneNormalized: 'Read as: {{value}}',
      address: 'Address',
      contact: 'Contact',
      preferredChannel: 'Preferred channel',
      consent: 'Customer agrees to be contacted',
      dates: 'Important dates',
      addDate: 'Add date',
      removeDate: 'Remove this date',
      dateKind: 'Kind',
      dateLabel: 'Label',
      calendar: 'Calendar',
      year: 'Year (optional)',
      month: 'Month',
      day: 'Day',
      leapMonth: 'Leap month',
      classification: 'Classification',
      tier: 'Tier',
      suggestedTier: 'Suggested from the last 12 months: {{tier}} (spent {{spend}})',
      noSuggestion: 'No purchases yet, so no suggested tier.',
      tierReason: 'Why the tier is set by hand',
      stage: 'Stage',
      relationship: 'Relationship',
      personality: 'Personality type',
      owner: 'Owner',
      noOwner: '— none —',
      tags: 'Tags (comma-separated)',
      notes: 'Notes',
      save: 'Save',
      cancel: 'Cancel',
      saved: 'Saved',
      fixErrors: 'Please fix the marked problems first.'
    },
    errors: {
      nameRequired: 'Please enter a name.',
      phoneNoDigits: '“{{raw}}” has no digits: it is not a phone number.',
      phoneWarning: '“{{raw}}” is not a usual mainland mobile or landline format; it will be saved as typed. Please check it.',
      phoneDuplicateInRecord: 'This number is already listed.',
      dateInvalid: 'Date not valid: {{problem}}',
      tierReasonRequired: 'Please give a reason when setting the tier by hand.',
      saveFailed: 'Could not save: {{message}}. Nothing already saved was affected.'
    },
    duplicate: {
      title: 'This phone number is already on file',
      body: 'The number {{phone}} belongs to “{{name}}”. This may be the same person.',
      open: 'Open “{{name}}”',
      merge: 'Merge with “{{name}}”',
      saveAnyway: 'Save as a new customer anyway'
    },
    card: {
      planVisit: 'Plan a visit',
      startComplaint: 'Take a complaint',
      edit: 'Edit',
      delete: 'Delete',
      merge: 'Merge duplicate',
      tier: 'Tier',
      suggestedTier: 'spend suggests tier {{tier}}',
      tierReason: 'set by hand: {{reason}}',
      personality: 'Personality and how to serve',
      recognise: 'Recognise',
      serve: 'Serve by',
      inComplaint: 'In a complaint',
      nextDate: 'Next important date',
      nextDateValue: '{{label}}: {{date}} (in {{days}} days)',
      nextDateToday: '{{label}}: today!',
      lunarShown: 'Lunar {{lunar}}, this year on {{solar}}',
      noDates: 'No important dates recorded',
      lastContact: 'Since last contact',
      daysAgo: '{{count}} days',
      never: 'Never contacted',
      lastSatisfaction: 'Last satisfaction',
      noScore: 'No score yet',
      openComplaints: 'Open complaints',
      noOpenComplaints: 'No open complaints',
      products: 'Products owned',
      noProducts: 'No products recorded',
      serial: 'Serial',
      purchased: 'Purchased',
      warrantyEnd: 'Warranty until',
      maintenanceDue: 'Next maintenance',
      warranty: { valid: 'Under warranty', expiring: 'Warranty ending soon', expired: 'Warranty expired', unknown: 'Warranty unknown' },
      phones: 'Phones',
      owner: 'Owner',
      tags: 'Tags',
      notes: 'Notes',
      timeline: 'Timeline',
      noTimeline: 'Nothing on the timeline yet.',
      logCall: 'Log a call',
      addPurchase: 'Add a purchase',
      notFound: 'This customer was not found; they may have been deleted.',
      backToList: 'Back to the customer list',
      deleted: 'Customer “{{name}}” deleted.',
      undo: 'Undo',
      mergedInto: 'This record was merged into another customer.',
      openSurvivor: 'Open the merged record',
      inTrash: 'This customer is in the trash.',
      restore: 'Restore'
    },
    timeline: {
      call: 'Call',
      visit: 'Visit',
      message: 'Message',
      purchase: 'Purchase',
      note: 'Note',
      complaint: 'Complaint',
      task: 'Care task',
      edit: 'Record edited',
      created: 'Record created',
      deleted: 'Deleted',
      restored: 'Restored',
      amount: 'Amount {{amount}}',
      score: 'Satisfaction {{score}}/5',
      changed: 'Changed: {{fields}}',
      by: 'By {{name}}'
    },
    callOutcomes: {
      reached: 'Reached',
      'no-answer': 'No answer',
      'call-back': 'Call back',
      'wrong-number': 'Wrong number',
      declined: 'Declined'
    },
    logCall: {
      title: 'Log a call',
      outcome: 'Outcome',
      summary: 'Summary',
      at: 'When',
      save: 'Save call'
    },
    purchase: {
      title: 'Add a purchase',
      amount: 'Amount (yuan)',
      productName: 'Product (optional)',
      serial: 'Serial number',
      at: 'Purchase date',
      warrantyEnd: 'Warranty end',
      maintenanceIntervalMonths: 'Maintenance every (months)',
      save: 'Save',
      amountInvalid: 'Enter an amount of 0 or more.'
    },
    product: {
      addTitle: 'Add a product',
      editTitle: 'Edit product',
      add: 'Add product',
      edit: 'Edit',
      product: 'Product',
      serial: 'Serial number',
      purchaseDate: 'Purchase date',
      warrantyEnd: 'Warranty end',
      lastMaintenanceDate: 'Last maintenance',
      maintenanceIntervalMonths: 'Maintenance every (months)',
      notes: 'Notes',
      problems: {
        productRequired: 'Please name the product.',
        badDate: 'A date is not valid: use year-month-day.',
        warrantyBeforePurchase: 'The warranty cannot end before the purchase date.',
        badInterval: 'The maintenance interval must be a whole number of months from 1 to 120.'
      }
    },
    mergePage: {
      title: 'Merge duplicate records',
      intro: 'The two records become one: every phone, tag, date, product, complaint and timeline entry is kept on the surviving record. Choose which value to keep where they differ.',
      keep: 'Record kept',
      absorb: 'Record merged in',
      field: 'Field',
      same: 'Everything else is the same on both records.',
      keepBoth: 'Keep both notes',
      confirm: 'Merge',
      done: 'Merged.',
      pickOther: 'Choose the other customer to merge',
      swap: 'Swap which record is kept'
    },
    mergeFields: {
      name: 'Name',
      kind: 'Kind',
      company: 'Company',
      address: 'Address',
      preferredChannel: 'Preferred channel',
      contactConsent: 'Agrees to contact',
      tier: 'Tier',
      stage: 'Stage',
      relationship: 'Relationship',
      personality: 'Personality',
      ownerId: 'Owner',
      notes: 'Notes'
    },
    dateProblems: {
      'month-out-of-range': 'the month must be 1 to 12',
      'day-out-of-range': 'the day must be 1 to 31 (1 to 30 on the lunar calendar)',
      'year-out-of-range': 'the year must be 1900 to 9999',
      'impossible-date': 'that month has no such day',
      'leap-month-on-solar-date': 'only lunar dates have leap months',
      'in-the-future': 'that date has not come yet',
      'label-required': 'please label an “other” anniversary'
    },
    trashPage: {
      title: 'Trash',
      intro: 'Deleted customers are kept here and can be restored at any time.',
      empty: 'The trash is empty.',
      deletedAt: 'Deleted',
      restore: 'Restore',
      restored: 'Customer “{{name}}” restored.'
    }
  },
  complaints: complaintsEn,
  complaintList: complaintListEn,
  scripts: scriptsEn,
  coaching: coachingEn,
  reports: reportsEn,
  dataTransfer: dataTransferEn,
  spreadsheetExport: spreadsheetExportEn,
  careQueue: careQueueEn,
  calendar: calendarEn,
  daySheet: daySheetEn,
  customerSheet: customerSheetEn,
  spreadsheetImport: spreadsheetImportEn,
  common: {
    close: 'Close',
    saved: 'Saved: {{location}}',
    failed: 'Could not finish: {{message}}'
  }
} satisfies MessageCatalog
