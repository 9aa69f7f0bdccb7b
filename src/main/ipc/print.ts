import type { PrintToPDFOptions } from 'electron'
import { channels, printToPdfRequestSchema } from '@shared/ipc/contract'
import { saveThroughDialog } from './dialogs'
import { handle } from './handle'

export function registerPrintHandler(): void {
  handle(channels.printToPdf, printToPdfRequestSchema, async (request, event) => {
    // The page is captured as it is when the user asks, before the dialog opens.
    const pdf = await event.sender.printToPDF(pdfOptions(request.landscape ?? false))
    return saveThroughDialog(event, { suggestedName: withPdfExtension(request.suggestedName), filters: pdfFilters }, pdf)
  })
}

/** No header or footer from Chromium: the print page draws its own. */
function pdfOptions(landscape: boolean): PrintToPDFOptions {
  return { pageSize: 'A4', landscape, printBackground: true, displayHeaderFooter: false }
}

const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }]

function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`
}
