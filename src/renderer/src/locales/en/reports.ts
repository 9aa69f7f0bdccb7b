import type { MessageCatalog } from '../zh-CN'

export const reportsEn = {
  title: 'Reports',
  lead: 'Choose a period (and, where it helps, a member of staff), read the overview, or open a report: each has a chart and the table behind it, prints on A4 or saves as PDF, and exports to CSV, Excel and PNG.',
  loading: 'Counting…',
  empty: 'Nothing to count in this period.',
  notFound: 'There is no such report.',
  backToReports: 'Back to reports',
  openReport: 'Open the report',
  groups: {
    complaints: 'Complaints',
    satisfaction: 'Satisfaction',
    coaching: 'Coaching',
    care: 'Care and visits',
    customers: 'Customers'
  },
  list: {
    complaints: {
      title: 'Complaints',
      description: 'Complaints received, by category, severity and month.'
    },
    'root-causes': {
      title: 'Root causes',
      description: 'A Pareto chart: the few causes behind most complaints, to fix first.'
    },
    'complaint-times': {
      title: 'Response and resolution times',
      description: 'Average hours to the first response and to the resolution, and the share within the deadlines.'
    },
    'open-complaints': {
      title: 'Open and overdue complaints',
      description: 'Complaints still open, by how long ago they came in, and how many are overdue.'
    },
    satisfaction: {
      title: 'Satisfaction',
      description: 'Follow-up scores by month, by staff and by category, and how many the customer gave versus the clerk recorded.'
    },
    coaching: {
      title: 'Never-say coaching',
      description: 'Never-say flags per member of staff, and the phrases that come up most.'
    },
    care: {
      title: 'Care and visits done',
      description: 'Calls, care contacts and visits planned in the period: done, not reached, overdue, by staff, purpose and month.'
    },
    customers: {
      title: 'Customer mix and customers at risk',
      description: 'Customers and spend per tier (the 80/20 picture), the personality mix, and the customers at risk of being lost.'
    }
  },
  sections: {
    'by-category': 'By category',
    'by-severity': 'By severity',
    'by-month': 'By month',
    'root-causes': 'Root causes (Pareto)',
    times: 'Response and resolution times by severity',
    'open-by-age': 'Open complaints by age',
    'satisfaction-by-month': 'Satisfaction by month',
    'satisfaction-by-staff': 'By handling staff member',
    'satisfaction-by-category': 'By complaint category',
    'satisfaction-given-by': 'Scored by the customer or recorded by the clerk',
    'flags-by-staff': 'Never-say flags per member of staff',
    'top-phrases': 'Most frequent never-say phrases',
    'care-by-staff': 'By member of staff',
    'care-by-purpose': 'By purpose',
    'care-by-month': 'Care queue completion by month',
    'customers-by-tier': 'Customers and spend by tier',
    'customers-by-personality': 'Personality mix',
    'customers-at-risk': 'Customers at risk'
  },
  notes: {
    received: 'Counts the complaints received in the period.',
    withoutCause: '{{count}} more complaints have no root cause recorded yet and are not counted.',
    times: 'Averages count only complaints answered or resolved; on time means within the shop’s deadlines.',
    open: 'Complaints received in the period and still open at {{time}}; overdue by the shop’s deadlines.',
    scored: 'Counts only complaints followed up with a score (1–5).',
    flags: 'Never-say phrases flagged while staff typed in the period; one per complaint, field and person.',
    topPhrases: 'At most {{count}} listed; shares are of all flags.',
    care: 'Each date of a repeating task counts once. Done late: marked done after its day. Overdue: its day has passed and nothing was recorded; upcoming ones are left out of the done share.',
    tiers: 'Customers on file now; spend is the purchases recorded in the period.',
    atRisk: 'Customers with an open complaint, or without contact for longer than their tier’s “no contact” days (Settings); open complaints first, then the most days past their tier’s limit.',
    atRiskMore: '{{count}} more customers are not listed.'
  },
  rowKinds: {
    category: 'Category',
    severity: 'Severity',
    month: 'Month',
    staff: 'Staff',
    'root-cause': 'Root cause',
    age: 'Open for',
    'given-by': 'Scored by',
    phrase: 'Never-say phrase',
    purpose: 'Purpose',
    tier: 'Tier',
    personality: 'Personality',
    customer: 'Customer'
  },
  columns: {
    complaints: 'Complaints',
    share: 'Share',
    'cumulative-share': 'Cumulative share',
    ordinary: 'Ordinary',
    serious: 'Serious',
    crisis: 'Crisis',
    responded: 'Answered',
    'response-hours': 'Avg. hours to answer',
    'responded-on-time': 'Answered on time',
    resolved: 'Resolved',
    'resolution-hours': 'Avg. hours to resolve',
    'resolved-on-time': 'Resolved on time',
    open: 'Open',
    overdue: 'Overdue',
    'on-time': 'Not overdue',
    scored: 'Scores',
    'average-score': 'Average score',
    flags: 'Flags',
    phrases: 'Phrases',
    staff: 'Staff',
    planned: 'Planned',
    'done-on-time': 'Done on time',
    'done-late': 'Done late',
    missed: 'Not reached',
    upcoming: 'Upcoming',
    cancelled: 'Cancelled',
    'done-share': 'Done share',
    customers: 'Customers',
    'customer-share': 'Share of customers',
    spend: 'Spend (¥)',
    'spend-share': 'Share of spend',
    'days-without-contact': 'Days without contact',
    'open-complaints': 'Open complaints',
    owner: 'Owner'
  },
  purposes: {
    birthday: 'Birthday',
    anniversary: 'Anniversary',
    festival: 'Festival greeting',
    maintenance: 'Maintenance due',
    warranty: 'Warranty ending',
    'service-follow-up': 'After-repair call',
    'no-contact': 'Long no contact',
    'complaint-follow-up': 'Complaint follow-up',
    campaign: 'Campaign',
    'by-hand': 'Planned by hand'
  },
  ages: {
    'under-1-day': 'Under 1 day',
    '1-3-days': '1–3 days',
    '3-7-days': '3–7 days',
    '7-14-days': '7–14 days',
    '14-30-days': '14–30 days',
    'over-30-days': 'Over 30 days'
  },
  givenBy: {
    customer: 'Scored by the customer',
    clerk: 'Recorded by the clerk',
    unknown: 'Not stated'
  },
  labels: {
    total: 'Total',
    none: '—',
    unassigned: '(no handler)',
    nobodyAtDesk: '(nobody at the desk)',
    unknownStaff: '(deleted staff member)',
    unknownPhrase: '(deleted phrase)',
    unknownCustomer: '(deleted customer)',
    noOwner: '(no owner)'
  },
  filters: {
    label: 'Report scope',
    preset: 'Period',
    presets: {
      'this-month': 'This month',
      'last-month': 'Last month',
      'last-90-days': 'Last 90 days',
      'this-year': 'This year',
      'last-12-months': 'Last 12 months',
      custom: 'Custom'
    },
    from: 'From',
    to: 'To',
    invalidRange: 'Enter both dates, the first no later than the second.',
    staff: 'Staff',
    allStaff: 'All staff'
  },
  toolbar: {
    label: 'Report actions',
    print: 'Print / save as PDF',
    orientation: 'Paper',
    portrait: 'Portrait',
    landscape: 'Landscape',
    fileName: '{{report}} {{from}} to {{to}}'
  },
  section: {
    exports: 'Export “{{title}}”',
    csv: 'CSV',
    xlsx: 'Excel',
    png: 'PNG',
    chart: 'Chart: {{title}}',
    chartLoading: 'Drawing the chart…',
    chartFailed: 'The chart could not be shown; the table below has the figures.',
    fileName: '{{report}} - {{section}} {{from}} to {{to}}'
  },
  print: {
    range: 'Period: {{from}} to {{to}}',
    staff: 'Staff: {{name}}',
    printedBy: 'Printed by: {{name}}',
    printedAt: 'Printed: {{time}}',
    nobody: 'nobody at the desk',
    pageNumber: 'Page {{page}} of {{pages}}'
  },
  dashboard: {
    title: 'Overview',
    received: 'Complaints received',
    openNow: 'Still open',
    overdueNow: 'Of which overdue: {{overdue}}',
    responseHours: 'Avg. first response',
    resolutionHours: 'Avg. resolution',
    hours: '{{hours}} h',
    topCause: 'Commonest root cause',
    topCauseShare: '{{share}} of the causes found',
    averageScore: 'Average satisfaction',
    scored: '{{count}} scores',
    customerShare: 'Scored by the customer',
    flags: 'Never-say flags',
    topPhrase: 'Most frequent: {{phrase}}',
    noValue: '—',
    reports: 'All reports'
  }
} satisfies MessageCatalog['reports']
