import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { setupI18n } from './app/i18n'
import { backupBeforeMigration, startDailyBackups } from './features/data-transfer/automatic-backups'
import './app/app.css'

setupI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const page = root

// Before anything opens the database: in the desktop app, a backup of it as it is when this
// version is about to upgrade its schema. It never fails the start (see automatic-backups.ts).
void backupBeforeMigration().then(() => {
  createRoot(page).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
  startDailyBackups()
})
