import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router-dom'
import { CustomerSearchBox } from '../features/customers/customer-search-box'

/** The customer search in the header: Ctrl+K from anywhere puts the cursor in it (Ctrl+F stays the browser's find). */
export function GlobalSearch() {
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'k' || event.key === 'K')) {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return <CustomerSearchBox inputRef={inputRef} onPick={(customer) => navigate(`/customers/${customer.id}`)} />
}
