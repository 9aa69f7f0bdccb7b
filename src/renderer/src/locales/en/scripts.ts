import type { MessageCatalog } from '../zh-CN'

export const scriptsEn = {
  title: 'Scripts',
  lead: 'What to say, what never to say, and tips for handling a complaint, by intake step, complaint category and personality.',
  count: 'Entries: {{count}}',
  loading: 'Loading…',
  noMatches: 'No entries match.',
  emptyLibrary: 'The library has no entries in this language yet.',
  add: 'Add an entry',
  openCoaching: 'Coaching',
  any: 'Any',
  kinds: {
    say: 'Say',
    'never-say': 'Never say',
    tip: 'Tip'
  },
  locales: {
    'zh-CN': '简体中文',
    en: 'English'
  },
  filters: {
    title: 'Filter the scripts',
    kind: 'Kind',
    all: 'All',
    locale: 'Language of the phrases',
    step: 'Intake step',
    category: 'Complaint category',
    personality: 'Personality',
    anyOnly: 'Only “any”',
    includeRetired: 'Show retired',
    search: 'Search the scripts',
    searchPlaceholder: 'Search the wording, the why or the better way',
    clear: 'Clear filters'
  },
  entry: {
    listLabel: 'Scripts',
    meta: '{{label}}: {{value}}',
    step: 'Step',
    category: 'Category',
    personality: 'Personality',
    why: 'Why not',
    better: 'Say instead',
    variants: 'Also caught',
    exceptions: 'Exceptions (not flagged)',
    retired: 'Retired',
    edit: 'Edit',
    retire: 'Retire',
    unretire: 'Bring back'
  },
  variables: {
    customerName: 'Customer name',
    staffName: 'Staff name',
    shopName: 'Shop name',
    complaintNumber: 'Complaint number',
    followUpDate: 'Follow-up date'
  },
  variableHint: 'Variable “{{label}}”: filled in when the phrase is used; with no value it stays as written, so the gap shows.',
  unknownVariableHint: 'Unknown variable: coaching will not fill it, so it shows as written.',
  access: {
    readOnly: 'Only a manager can add, edit or retire scripts. A manager must choose themselves under “At the desk”, top right.',
    noManager: 'The shop has no manager yet, so anyone can edit the scripts for now. Once a manager is added in Settings, only managers can.'
  },
  form: {
    addTitle: 'Add a script entry',
    editTitle: 'Edit a script entry',
    kind: 'Kind',
    locale: 'Language',
    text: {
      say: 'What to say',
      'never-say': 'What never to say',
      tip: 'Tip'
    },
    step: 'Intake step',
    category: 'Complaint category',
    personality: 'Personality',
    why: 'Why not to say it',
    better: 'A better way to say it',
    variants: 'Other wordings (one per line)',
    variantsHint: 'Wordings that mean the same are caught too. An ellipsis marks where a few words may come in between, e.g. “{{example}}”.',
    exceptions: 'Exceptions (one per line)',
    exceptionsHint: 'Texts in which the phrase is fine and not flagged, such as a promise that it will not happen again.',
    insertVariable: 'Insert a variable',
    unknownVariables: 'Coaching does not know these variables and will not fill them: {{names}}',
    retiredNote: 'This entry is retired: coaching does not suggest it and the checker does not use it.',
    save: 'Save',
    cancel: 'Cancel',
    fixProblems: 'Please fix the marked problems first.'
  },
  problems: {
    'empty-text': 'Please enter the wording.',
    'missing-why': 'Please say why this must not be said.',
    'missing-better': 'Please give a better way to say it.',
    'trips-never-say': '“{{matched}}” is the never-say phrase “{{rulePhrase}}”, so it cannot be suggested.',
    tripsBetter: 'Try instead: {{better}}',
    'flags-coaching': 'Once saved, it would flag “{{matched}}” in the script “{{scriptText}}”. Reword it, or add that sentence as an exception.'
  },
  toasts: {
    created: 'Entry added.',
    saved: 'Changes saved.',
    retired: 'Retired “{{text}}”.',
    unretired: 'Brought back “{{text}}”.',
    undo: 'Undo',
    unretireRefused: 'Cannot bring it back: {{reason}}',
    failed: 'Could not save: {{message}}. Data already saved is not affected.'
  }
} satisfies MessageCatalog['scripts']
