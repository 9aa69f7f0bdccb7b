import type { MessageCatalog } from '../zh-CN'

export const customerSheetEn = {
  headers: {
    name: 'Name',
    phone: 'Phone',
    otherPhones: 'Other phones',
    company: 'Company',
    kind: 'Kind',
    tier: 'Tier',
    personality: 'Personality',
    birthday: 'Birthday',
    address: 'Address',
    tags: 'Tags',
    notes: 'Notes',
    owner: 'Owner',
    stage: 'Stage',
    relationship: 'Relationship',
    preferredChannel: 'Preferred channel',
    contactConsent: 'May contact',
    lastContactAt: 'Last contact'
  },
  yes: 'Yes',
  no: 'No',
  lunar: 'Lunar',
  leap: 'leap ',
  tierReason: 'Spreadsheet import'
} satisfies MessageCatalog['customerSheet']
