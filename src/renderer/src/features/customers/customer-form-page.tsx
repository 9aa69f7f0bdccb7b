import { useMemo, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { useCustomer } from '../../data/hooks/use-customer'
import { customersRepository } from '../../data/repositories/customers'
import { useActor } from '../../session/session-store'
import { CustomerForm } from './customer-form'
import { draftFromCustomer, emptyCustomerDraft, readCustomerDraft, type CustomerDraft } from './customer-draft'
import { DuplicateWarning } from './duplicate-warning'
import { findSavedPhoneClash, type PhoneClash } from '../../data/repositories/phone-clash'
import { useSuggestedTier } from './use-suggested-tier'

/** /customers/new and /customers/:id/edit. */
export function CustomerFormPage() {
  const { t } = useTranslation()
  const { id } = useParams()
  const existing = useCustomer(id ?? null)
  if (id && existing === undefined) return <p className="muted">{t('customers.loading')}</p>
  if (id && existing === null) return <NotFound />
  return <CustomerEditor key={id ?? 'new'} existing={existing ?? null} />
}

function NotFound() {
  const { t } = useTranslation()
  return (
    <div className="page">
      <p role="alert">{t('customers.card.notFound')}</p>
      <Link to="/customers">{t('customers.card.backToList')}</Link>
    </div>
  )
}

function CustomerEditor({ existing }: { readonly existing: Customer | null }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const now = useMemo(() => new Date(), [])
  const [draft, setDraft] = useState<CustomerDraft>(() => (existing ? draftFromCustomer(existing) : emptyCustomerDraft(actor.staffId)))
  const [attempted, setAttempted] = useState(false)
  const [clash, setClash] = useState<PhoneClash | null>(null)
  const [saveError, setSaveError] = useState('')
  const suggestion = useSuggestedTier(existing?.id ?? null)
  const askTierReason = existing !== null && !!suggestion && draft.tier !== suggestion.tier && draft.tier !== existing.tier

  const context = { existing, suggestedTier: suggestion?.tier ?? null, staffId: actor.staffId, now }
  const reading = readCustomerDraft(draft, context)
  const errors = attempted && !reading.ok ? reading.errors : []

  const save = async (allowDuplicate: boolean) => {
    setAttempted(true)
    setSaveError('')
    if (!reading.ok) return
    try {
      if (!allowDuplicate) {
        const found = await findSavedPhoneClash(reading.input.phones, existing?.id ?? null)
        if (found) {
          setClash(found)
          return
        }
      }
      const saved = existing
        ? await customersRepository.update(existing.id, reading.input, actor)
        : await customersRepository.create(reading.input, actor)
      navigate(`/customers/${saved.id}`)
    } catch (cause) {
      setSaveError(t('customers.errors.saveFailed', { message: cause instanceof Error ? cause.message : String(cause) }))
    }
  }

  return (
    <form
      className="page page-wide"
      onSubmit={(event) => {
        event.preventDefault()
        void save(false)
      }}
      noValidate
    >
      <div className="page-header">
        <h1>{existing ? t('customers.form.editTitle', { name: existing.name }) : t('customers.form.createTitle')}</h1>
        <div className="page-actions">
          <button type="button" onClick={() => navigate(-1)}>
            {t('customers.form.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('customers.form.save')}
          </button>
        </div>
      </div>
      {errors.length > 0 ? (
        <p role="alert" className="error-text">
          {t('customers.form.fixErrors')}
        </p>
      ) : null}
      {saveError ? (
        <p role="alert" className="error-text">
          {saveError}
        </p>
      ) : null}
      {clash ? (
        <DuplicateWarning
          clash={clash}
          canMerge={existing !== null}
          onOpen={() => navigate(`/customers/${clash.customer.id}`)}
          onMerge={() => existing && navigate(`/customers/${existing.id}/merge/${clash.customer.id}`)}
          onSaveAnyway={() => {
            setClash(null)
            void save(true)
          }}
        />
      ) : null}
      <CustomerForm
        draft={draft}
        onChange={(patch) => {
          setDraft((current) => ({ ...current, ...patch }))
          setClash(null)
        }}
        errors={errors}
        warnings={reading.warnings}
        suggestion={suggestion}
        askTierReason={askTierReason}
      />
    </form>
  )
}
