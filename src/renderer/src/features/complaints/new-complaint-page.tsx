import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { formatPhone, parsePhone } from '@shared/domain/phone'
import { isCurrentCustomer } from '@shared/domain/customer'
import { useCustomer } from '../../data/hooks/use-customer'
import { useCustomerSearch } from '../../data/hooks/use-customer-search'
import { openComplaint, openComplaintForWalkIn } from '../../data/repositories/complaint-intake'
import { findSavedPhoneClash, type PhoneClash } from '../../data/repositories/phone-clash'
import { useActor } from '../../session/session-store'
import { CustomerCombobox } from '../../ui/customer-combobox'
import { TierBadge } from '../../ui/tier-badge'
import './complaints.css'

/**
 * Where a complaint starts: from a customer on file (the card's button brings them along), found
 * here by the usual search, or someone new, taken down in two fields so listening starts at once.
 */
export function NewComplaintPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const [params] = useSearchParams()
  const customerId = params.get('customer')
  const chosen = useCustomer(customerId)

  const start = async (customer: Customer) => {
    const complaint = await openComplaint({ customerId: customer.id }, actor, new Date())
    navigate(`/complaints/${complaint.id}`, { replace: true })
  }

  return (
    <div className="page new-complaint-page">
      <div className="page-header">
        <h1>{t('complaints.start.title')}</h1>
      </div>
      <p className="lead">{t('complaints.start.lead')}</p>
      {customerId !== null && chosen && isCurrentCustomer(chosen) ? (
        <section className="card" aria-labelledby="start-chosen-title">
          <h2 id="start-chosen-title">{t('complaints.start.forCustomer')}</h2>
          <p>
            <TierBadge tier={chosen.tier} /> <strong>{chosen.name}</strong>
            {chosen.phones[0] ? <span className="muted"> · {formatPhone(chosen.phones[0])}</span> : null}
          </p>
          <div className="button-row">
            <button type="button" className="primary" autoFocus onClick={() => void start(chosen)}>
              {t('complaints.start.begin')}
            </button>
            <Link className="button" to="/complaints/new">
              {t('complaints.start.someoneElse')}
            </Link>
          </div>
        </section>
      ) : (
        <>
          {customerId !== null && chosen !== undefined ? <p role="alert">{t('complaints.start.customerGone')}</p> : null}
          <section className="card" aria-labelledby="start-find-title">
            <h2 id="start-find-title">{t('complaints.start.findTitle')}</h2>
            <CustomerCombobox useResults={useCustomerSearch} autoFocus onPick={(customer) => void start(customer)} />
          </section>
          <WalkInForm onClash={(customer) => void start(customer)} />
        </>
      )}
    </div>
  )
}

/** Someone not on file: a name and a phone number are enough to begin. */
function WalkInForm({ onClash }: { readonly onClash: (customer: Customer) => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [problem, setProblem] = useState<'name-required' | 'phone-unreadable' | null>(null)
  const [clash, setClash] = useState<PhoneClash | null>(null)

  const create = async () => {
    const parsed = phone.trim() === '' ? null : parsePhone(phone)
    const complaint = await openComplaintForWalkIn({ name, phone: parsed?.phone ?? null }, actor, new Date())
    navigate(`/complaints/${complaint.id}`, { replace: true })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return setProblem('name-required')
    const parsed = phone.trim() === '' ? null : parsePhone(phone)
    if (parsed?.problem) return setProblem('phone-unreadable')
    setProblem(null)
    const found = parsed === null ? null : await findSavedPhoneClash([parsed.phone], null)
    if (found !== null) return setClash(found)
    await create()
  }

  return (
    <section className="card" aria-labelledby="start-walk-in-title">
      <h2 id="start-walk-in-title">{t('complaints.start.walkInTitle')}</h2>
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <label className="field">
          <span>{t('complaints.start.name')}</span>
          <input value={name} onChange={(event) => setName(event.target.value)} aria-invalid={problem === 'name-required'} />
        </label>
        <label className="field">
          <span>{t('complaints.start.phone')}</span>
          <input
            type="tel"
            value={phone}
            onChange={(event) => {
              setPhone(event.target.value)
              setClash(null)
            }}
            aria-invalid={problem === 'phone-unreadable'}
          />
        </label>
        {problem ? (
          <p className="error-text" role="alert">
            {t(`complaints.start.problems.${problem}`)}
          </p>
        ) : null}
        {clash ? (
          <div className="warning-card" role="alert">
            <p>{t('complaints.start.phoneTaken', { phone: clash.phone, name: clash.customer.name })}</p>
            <div className="button-row">
              <button type="button" className="primary" onClick={() => onClash(clash.customer)}>
                {t('complaints.start.useExisting', { name: clash.customer.name })}
              </button>
              <button type="button" onClick={() => void create()}>
                {t('complaints.start.createAnyway')}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <button type="submit" className="primary">
              {t('complaints.start.createAndBegin')}
            </button>
          </div>
        )}
      </form>
    </section>
  )
}
