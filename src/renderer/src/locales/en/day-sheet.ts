import type { MessageCatalog } from '../zh-CN'

export const daySheetEn = {
  title: 'Day sheet',
  toolbar: 'Day sheet',
  staff: 'Staff',
  everyone: 'Everyone',
  unknownStaff: '(deleted staff member)',
  date: 'Date',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  today: 'Today',
  print: 'Print / save as PDF',
  printing: 'Preparing…',
  exportCalendar: 'Export calendar (.ics)',
  exporting: 'Exporting…',
  exportHint: 'Exports the chosen staff member’s plan for {{days}} days from the chosen date, for a phone calendar.',
  exported: 'Contacts exported: {{count}}. File: {{location}}',
  exportEmpty: 'Nothing is planned in the {{days}} days from {{date}}, so no file was made.',
  exportFailed: 'Could not export the calendar: {{message}}',
  loading: 'Loading…',
  fileName: 'Day sheet - {{staff}} - {{date}}',
  calendarFileName: 'Plan - {{staff}} - {{date}}.ics',
  calendarName: '{{shop}} · plan of {{staff}}',
  sheet: {
    staff: 'Staff',
    date: 'Date',
    count: 'Contacts: {{count}}',
    empty: 'No visits or contacts are planned for this day.',
    customer: 'Customer',
    phone: 'Phone',
    noPhone: 'No phone',
    preferred: 'Prefers: {{channel}}',
    method: 'How',
    purpose: 'Purpose',
    address: 'Address',
    whatToSay: 'What to say',
    assignee: 'Assigned to',
    unassigned: 'Unassigned',
    complaint: 'Complaint {{number}}',
    notes: 'Notes',
    taskNotes: 'Task notes',
    unknownCustomer: '(customer record not on this PC)',
    printedAt: 'Printed: {{time}}'
  },
  methods: {
    visit: 'Visit',
    call: 'Phone call',
    message: 'SMS / WeChat',
    letter: 'Letter or card',
    gift: 'Gift delivery',
    event: 'Customer event'
  },
  statuses: {
    planned: 'To do',
    done: 'Done',
    missed: 'Missed',
    cancelled: 'Cancelled'
  },
  calendar: {
    summary: '{{method}} · {{customer}}',
    purpose: 'Purpose: {{text}}',
    phone: 'Phone: {{text}}',
    whatToSay: 'What to say: {{text}}',
    complaint: 'Complaint: {{text}}',
    notes: 'Notes: {{text}}'
  }
} satisfies MessageCatalog['daySheet']
