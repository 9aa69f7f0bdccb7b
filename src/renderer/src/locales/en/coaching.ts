import type { MessageCatalog } from '../zh-CN'

export const coachingEn = {
  title: 'Coaching',
  lead: 'See which never-say phrases come up most and from whom, and decide on the flags clerks marked as false positives.',
  backToScripts: 'Back to the script library',
  loading: 'Loading…',
  periods: {
    label: 'Period',
    '30-days': 'Last 30 days',
    '90-days': 'Last 90 days',
    all: 'All time'
  },
  /** Lower case: they are shown inside a label ("Text (reply draft)"). */
  fields: {
    customerWords: "customer's words",
    desiredRemedy: 'what the customer wants',
    rootCause: 'root cause',
    replyDraft: 'reply draft',
    notes: 'notes',
    resolution: { detail: 'resolution' },
    escalation: { reason: 'escalation reason' },
    satisfaction: { comment: 'follow-up comment' },
    closeReason: 'closing note'
  },
  hits: {
    title: 'Never-say hits per staff member',
    lead: 'A phrase counts once per complaint and field, however often the text is saved.',
    empty: 'No never-say hits in this period.',
    staff: 'Staff member',
    total: 'Hits',
    topRules: 'Most frequent phrases',
    nobody: '(nobody at the desk)',
    unknownStaff: '(no longer on the staff list)',
    more: '{{count}} more'
  },
  rules: {
    title: 'Most frequent never-say phrases in the shop',
    phrase: 'Phrase',
    count: 'Hits',
    staffCount: 'Staff',
    unknownRule: '(no longer in the script library)'
  },
  review: {
    title: 'False positives to review',
    lead: "Clerks think these flags were wrong. Accepting adds the sentence to the phrase's exceptions, so the same wording is not flagged again; upholding takes the clerk's mark off, and the complaint shows the flag again.",
    empty: 'Nothing to review.',
    count: '{{count}}',
    complaint: 'Complaint {{number}}',
    rule: 'Phrase',
    text: 'Text ({{field}})',
    dismissedBy: 'Marked as fine by {{name}}',
    unknownStaff: '(unknown)',
    nobody: '(nobody at the desk)',
    exception: 'Exception to add',
    exceptionHint: 'Keep a few words around the phrase so only this use is excused; the phrase alone would switch the rule off.',
    accept: 'Accept: add as an exception',
    uphold: 'Uphold the flag',
    readOnly: 'Only a manager can decide on false positives. To decide, choose a manager under "At the desk" at the top right.',
    noManager: 'The shop has no manager yet, so anyone can decide on false positives.',
    accepted: '"{{exception}}" is now an exception to "{{phrase}}".',
    upheld: 'Flag upheld: complaint {{number}} shows it again.',
    errors: {
      'not-allowed': 'Only a manager can decide on false positives.',
      'not-pending': 'This one has already been decided.',
      'exception-empty': 'Enter the exception.',
      'exception-does-not-cover': 'This text does not contain the flagged words, so the flag would still show.',
      'exception-silences-rule': 'This is just the phrase itself: as an exception it would switch the rule off. Keep the words around it.',
      failed: 'Could not save: {{message}}'
    }
  }
} satisfies MessageCatalog['coaching']
