import type { MessageCatalog } from './zh-CN'

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
  sections: {
    customers: {
      title: 'Customers',
      lead: 'A service file for every customer: tier, personality type, important dates, products owned and warranties, and a timeline.',
      now: 'The database holds {{count}} customers.',
      next: 'Customer search, the customer card and the customer list are being built: you will find anyone in under a second by name, pinyin initials or the last digits of their phone.'
    },
    complaints: {
      title: 'Complaints',
      lead: 'Take a complaint step by step: feelings first, then the facts. The app suggests what to say and flags what never to say as you type.',
      next: 'The complaint intake wizard is being built.'
    },
    visits: {
      title: 'Care & visits',
      lead: 'A daily care queue (birthdays, maintenance due, after-repair calls, long time no contact) and a calendar of visits and calls.',
      next: 'The care queue and calendar are being built.'
    },
    scripts: {
      title: 'Scripts',
      lead: 'Suggested wording by intake step, complaint category and personality type, and the list of phrases never to say.',
      next: 'Browsing and editing the script library is being built.'
    },
    reports: {
      title: 'Reports',
      lead: 'Complaints, satisfaction, visit completion and customer tiers, printable on A4 or saved as PDF.',
      next: 'Reports are being built.'
    },
    data: {
      title: 'Data',
      lead: 'Backup and restore, CSV/XLSX import and export, and merging a colleague’s offline work.',
      next: 'Data hand-over is being built.'
    },
    comingSoon: 'Coming soon'
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
  common: {
    close: 'Close'
  }
} satisfies MessageCatalog
