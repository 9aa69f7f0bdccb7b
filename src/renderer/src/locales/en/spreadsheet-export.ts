import type { MessageCatalog } from '../zh-CN'

export const spreadsheetExportEn = {
  export: 'Export',
  exporting: 'Exporting…',
  choices: 'Export as',
  formats: {
    csv: 'CSV file (opens in Excel)',
    xlsx: 'Excel workbook (.xlsx)'
  },
  progress: {
    reading: 'Reading {{done}} of {{total}}…',
    writing: 'Making the file ({{total}} rows)…'
  },
  nothing: 'There is nothing to export.',
  yes: 'Yes',
  no: 'No',
  sheetNames: {
    customers: 'Customers',
    complaints: 'Complaints',
    tasks: 'Care tasks',
    interactions: 'Interactions'
  },
  fileNames: {
    customers: 'Customers {{date}}',
    complaints: 'Complaints {{date}}',
    tasks: 'Care tasks {{from}} to {{to}}',
    allTasks: 'Care tasks all {{date}}',
    interactions: 'Interactions {{from}} to {{to}}'
  },
  section: {
    title: 'Export for Excel',
    hint: 'The files open in Excel or WPS. Phone numbers and reference numbers are kept as text, never turned into numbers. The Export button of a list exports just the records its filters show.',
    interactionsTitle: 'Interaction log (calls, visits, messages, purchases)',
    from: 'From',
    to: 'To',
    staff: 'Staff',
    allStaff: 'Everyone',
    badRange: 'The end date cannot be before the start date.',
    allCustomers: 'All customers',
    allComplaints: 'All complaints',
    allTasks: 'All care tasks'
  },
  headers: {
    complaints: {
      number: 'Complaint number',
      receivedAt: 'Received',
      customer: 'Customer',
      phone: 'Customer phone',
      category: 'Category',
      severity: 'Severity',
      status: 'Status',
      handler: 'Handler',
      customerWords: 'Customer’s words',
      desiredRemedy: 'Remedy wanted',
      rootCause: 'Cause',
      resolutionKind: 'Resolution',
      resolutionDetail: 'Resolution details',
      resolutionAccepted: 'Accepted by customer',
      firstResponseAt: 'First response',
      resolvedAt: 'Resolved',
      followUpDate: 'Follow-up date',
      closedAt: 'Closed',
      satisfactionScore: 'Satisfaction',
      satisfactionComment: 'Satisfaction comment',
      notes: 'Notes'
    },
    tasks: {
      startAt: 'When',
      durationMinutes: 'Minutes',
      customer: 'Customer',
      phone: 'Customer phone',
      method: 'Method',
      purpose: 'Purpose',
      staff: 'Staff',
      status: 'Status',
      repeats: 'Repeats',
      outcome: 'Outcome',
      satisfactionScore: 'Satisfaction',
      followUpNeeded: 'Follow-up needed',
      notes: 'Notes'
    },
    interactions: {
      occurredAt: 'When',
      kind: 'Kind',
      customer: 'Customer',
      phone: 'Customer phone',
      staff: 'Staff',
      summary: 'Summary',
      callOutcome: 'Call outcome',
      amount: 'Amount (yuan)'
    }
  }
} satisfies MessageCatalog['spreadsheetExport']
