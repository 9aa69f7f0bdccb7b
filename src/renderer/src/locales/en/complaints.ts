import type { MessageCatalog } from '../zh-CN'

export const complaintsEn = {
  statuses: {
    new: 'New',
    'in-progress': 'In progress',
    resolved: 'Resolved',
    'followed-up': 'Followed up',
    closed: 'Closed'
  },
  severities: { ordinary: 'Ordinary', serious: 'Serious', crisis: 'Crisis' },
  categories: {
    'service-attitude': 'Service quality / attitude',
    'repair-workmanship': 'Repair workmanship',
    'repair-price': 'Repair price',
    'parts-quality': 'Parts quality',
    'slow-service': 'Slow service / repair late',
    'product-quality': 'Product quality',
    'promise-not-kept': 'Promise not kept',
    'staff-skill': 'Staff skill',
    'returns-exchanges': 'Returns and exchanges'
  },
  resolutionKinds: {
    repair: 'Repair',
    replacement: 'Replacement',
    refund: 'Refund',
    compensation: 'Compensation',
    apology: 'Apology',
    other: 'Other'
  },
  rootCauses: {
    'product-defect': 'Product defect',
    'part-failure': 'Part failure',
    workmanship: 'Repair or installation workmanship',
    'wear-or-misuse': 'Normal wear or misuse',
    'staff-conduct': 'Staff conduct',
    'process-or-policy': 'Process or policy',
    communication: 'Poor communication',
    delay: 'Delay in handling',
    supplier: 'Supplier or manufacturer',
    unknown: 'Cause not found'
  },
  steps: {
    listen: 'Listen and acknowledge',
    calm: 'Calm things down',
    facts: 'Record the facts',
    classify: 'Classify',
    resolve: 'Explain and resolve',
    escalate: 'Supervisor',
    'follow-up': 'Follow-up call'
  },
  isoStages: {
    receipt: 'Receipt',
    acknowledgement: 'Acknowledgement',
    assessment: 'Initial assessment',
    investigation: 'Investigation',
    response: 'Response',
    closure: 'Closure'
  },
  closeChecklist: {
    'decision-recorded': 'The decision is recorded',
    'customer-informed': 'The customer has been told',
    'actions-noted': 'The actions taken are noted'
  },
  givenBy: { customer: 'Scored by the customer', clerk: 'Scored by the clerk' },
  overdue: {
    response: 'Response overdue',
    resolution: 'Resolution overdue'
  },
  uncategorised: 'Not classified',
  loading: 'Loading…',
  nobody: '(nobody)',
  settledHint: 'This complaint is resolved: its resolution and severity are settled. Reopen it to change them.',
  page: {
    title: 'Complaint {{number}}',
    received: 'received {{time}}',
    printSlip: 'Print slip',
    printSheet: 'Print sheet',
    notFoundTitle: 'Complaint not found',
    notFound: 'This complaint does not exist or was deleted.',
    backToList: 'Back to the complaints'
  },
  start: {
    title: 'New complaint',
    lead: 'Feelings first, then the matter: find the customer and start listening; the rest can be noted as you go.',
    forCustomer: 'Take a complaint from this customer',
    begin: 'Start',
    someoneElse: 'Another customer',
    customerGone: 'This customer record was deleted or merged. Please search again.',
    findTitle: 'Find a customer on file',
    walkInTitle: 'New customer (two fields)',
    name: 'Name',
    phone: 'Phone',
    createAndBegin: 'File them and start',
    phoneTaken: 'The number {{phone}} belongs to “{{name}}”.',
    useExisting: 'Take it for “{{name}}”',
    createAnyway: 'Create a new customer anyway',
    problems: {
      'name-required': 'Please enter the customer’s name',
      'phone-unreadable': 'The phone number has no digits: please check it'
    }
  },
  wizard: {
    stepsLabel: 'Intake steps',
    stepTitle: 'Step {{number}}: {{name}}',
    back: 'Back',
    next: 'Next',
    finish: 'Finish intake',
    resolved: 'Complaint {{number}} is resolved; the follow-up call is planned.',
    savedUnresolved: 'Complaint {{number}} is saved and stays in progress: finish it once the customer accepts a resolution.'
  },
  stepGuide: {
    listen: 'Let them finish; don’t interrupt or justify. Apologise sincerely, whoever is at fault.',
    calm: 'Feelings first, then the matter: offer a seat, show you understand, never argue.',
    facts: 'Note what happened, when, which product or service, and what they want done.',
    classify: 'Find the cause and the scope: pick the category and severity. Serious ones need a supervisor.',
    resolve: 'Explain and offer a resolution both sides accept, and ask whether the customer accepts it.',
    escalate: 'Bring in a supervisor when needed: serious complaints and crises must have one, with a reason.',
    'follow-up': 'Agree a follow-up date; call back once it is resolved and note how satisfied they are.'
  },
  calm: {
    seat: 'Offer a seat and a glass of water.',
    thank: 'Thank them for telling us what went wrong.',
    noArguing: 'Don’t argue, don’t interrupt, don’t rush to explain.'
  },
  fields: {
    customerWords: 'In the customer’s words',
    customerWordsHint: 'Write down what they say, as they say it, without judging.',
    desiredRemedy: 'What the customer wants',
    desiredRemedyHint: 'For example: a repair visit, a replacement, a refund, an apology.',
    product: 'Product concerned',
    noProduct: '— no particular product —',
    noProductsOwned: 'No products are on this customer’s file yet.',
    notes: 'Handling notes',
    notesHint: 'Internal, not shown to the customer; checked for never-say phrases too.',
    category: 'Category',
    severity: 'Severity',
    severityNeedsSupervisor: 'Serious complaints and crises need a supervisor before they can be resolved.',
    rootCause: 'Root cause',
    rootCauseNotYet: '— not found yet —',
    resolutionKind: 'Resolution',
    resolutionDetail: 'Resolution as explained to the customer',
    accepted: 'Does the customer accept it?',
    acceptedAnswers: { accepted: 'Accepted', declined: 'Declined', notAsked: 'Not asked yet' },
    declinedHint: 'If they decline, adjust the offer or bring in a supervisor.',
    followUpDate: 'Follow-up date',
    followUpDateHint: 'When the intake is finished, a follow-up call is planned for 10:00 on this day.',
    replyDraft: 'Reply to the customer (draft)',
    replyDraftHint: 'Put together what you will say here; insert suggested wording from the right with one key (Ctrl+1…5).'
  },
  warranty: {
    valid: 'Under warranty (until {{date}})',
    expiring: 'Warranty ends soon ({{date}})',
    expired: 'Out of warranty ({{date}})',
    unknown: 'Warranty unknown'
  },
  escalate: {
    optional: 'An ordinary complaint does not need a supervisor, but you may bring one in if the customer is upset or the remedy is beyond you.',
    required: 'This is a serious complaint or a crisis: a supervisor must be involved before it is resolved.',
    supervisor: 'Supervisor',
    chooseSupervisor: '— choose —',
    reason: 'Why the supervisor is needed',
    submit: 'Bring in the supervisor',
    again: 'Change the supervisor or add a reason',
    done: '{{name}} was brought in at {{time}}: {{reason}}'
  },
  readiness: {
    title: 'Before finishing',
    proposed: 'A resolution is proposed',
    accepted: 'The customer accepted it',
    escalated: 'A supervisor is involved',
    ready: '“Finish intake” marks the complaint resolved and plans the follow-up call.',
    notReady: 'You can still “Finish intake” to save: the complaint stays in progress.'
  },
  coaching: {
    title: 'What to say',
    suggested: 'Suggested wording',
    noSuggestions: 'The library has no wording for this step.',
    insertLabel: 'Insert: {{text}}',
    insertHint: 'Click, or press Ctrl+number, to insert into the text box you are in.',
    difficultCustomers: 'Handling difficult customers'
  },
  flags: {
    label: '{{count}} never-say phrase(s)',
    neverSay: 'Never say: “{{phrase}}”',
    why: 'Why:',
    better: 'Say instead:',
    replace: 'Use the better wording',
    dismiss: 'False positive',
    confirmTitle: 'Never-say phrases are still in the text',
    confirmText: '{{count}} flagged phrase(s) are neither replaced nor marked as false positives. Continue anyway?',
    goBack: 'Go back and fix',
    continueAnyway: 'Continue anyway'
  },
  history: {
    title: 'This customer’s complaints',
    summary: '{{open}} open, {{total}} in all (not counting this one)'
  },
  lifecycle: {
    title: 'After the intake',
    callPlanned: 'Follow-up call planned: {{time}}, by {{name}}.',
    callDone: 'Follow-up call done: {{time}}, {{name}}.',
    followUpTitle: 'Record the follow-up call',
    score: 'Satisfaction',
    scores: { '1': '1 very unhappy', '2': '2 unhappy', '3': '3 neutral', '4': '4 happy', '5': '5 very happy' },
    givenByLabel: 'Score given by',
    comment: 'What the customer said',
    recordFollowUp: 'Save the follow-up',
    scored: 'Satisfaction {{score}} of 5',
    closeTitle: 'Close',
    closeWithoutFollowUp: 'If the customer cannot be reached you may close without the call; say so in the reason.',
    closeReason: 'Reason for closing',
    checklist: 'Before closing, confirm',
    close: 'Close the complaint',
    closedBecause: 'Closed: {{reason}}',
    reopenTitle: 'Not solved after all? Reopen',
    reopenReason: 'Why it is reopened',
    reopen: 'Reopen',
    history: 'Status history'
  },
  saveState: {
    saved: 'Saved',
    pending: 'Typing…',
    saving: 'Saving…',
    errors: {
      'complaint-closed': 'The complaint is closed and can no longer change.',
      'settled-by-resolution': 'The complaint is resolved: its resolution and severity can no longer change. Reopen it first.',
      'follow-up-date-invalid': 'The follow-up date is not a valid date.',
      failed: 'Saving failed. What you typed is still on screen and is tried again with your next change.'
    }
  },
  transitionErrors: {
    'not-allowed-from-status': 'The complaint’s status does not allow this.',
    'resolution-required': 'Please choose a resolution first.',
    'resolution-not-accepted': 'The customer has not accepted the resolution yet.',
    'escalation-required': 'Serious complaints and crises need a supervisor first.',
    'supervisor-required': 'Please choose a supervisor.',
    'escalation-reason-required': 'Please say why the supervisor is needed.',
    'score-out-of-range': 'Please choose a satisfaction score from 1 to 5.',
    'close-reason-required': 'Please give a reason for closing.',
    'checklist-incomplete': 'Please confirm all three items before closing.',
    'reopen-reason-required': 'Please say why it is reopened.'
  }
} satisfies MessageCatalog['complaints']
