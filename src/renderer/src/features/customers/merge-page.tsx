import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { differingFields, planCustomerMerge, type MergeChoices, type MergeableField } from '@shared/domain/customer-merge'
import { deepEqual } from '@shared/domain/deep-equal'
import { useCustomer } from '../../data/hooks/use-customer'
import { useAllStaff } from '../../data/hooks/use-staff'
import { mergeCustomers } from '../../data/repositories/customer-merge'
import { useActor } from '../../session/session-store'
import { useToastStore } from '../../ui/toast-store'
import { CustomerSearchBox } from './customer-search-box'
import { MergeFieldValue } from './merge-field-value'

type MergeSide = 'survivor' | 'absorbed' | 'both'

/** /customers/:id/merge[/:otherId]: the record at :id is kept, :otherId is merged into it. */
export function MergePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = '', otherId } = useParams()
  const survivor = useCustomer(id)
  const absorbed = useCustomer(otherId ?? null)
  if (survivor === undefined || (otherId && absorbed === undefined)) return <p className="muted">{t('customers.loading')}</p>
  if (survivor === null) return <p role="alert">{t('customers.card.notFound')}</p>
  return (
    <div className="page page-wide">
      <div className="page-header">
        <h1>{t('customers.mergePage.title')}</h1>
        <Link to={`/customers/${survivor.id}`}>{survivor.name}</Link>
      </div>
      <p className="hint">{t('customers.mergePage.intro')}</p>
      {absorbed ? (
        <MergeChoices key={absorbed.id} survivor={survivor} absorbed={absorbed} />
      ) : (
        <section className="card">
          <h2>{t('customers.mergePage.pickOther')}</h2>
          <CustomerSearchBox autoFocus excludeId={survivor.id} onPick={(other) => navigate(`/customers/${survivor.id}/merge/${other.id}`)} />
        </section>
      )}
    </div>
  )
}

function MergeChoices({ survivor, absorbed }: { readonly survivor: Customer; readonly absorbed: Customer }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const staff = useAllStaff()
  const staffNames = new Map((staff ?? []).map((member) => [member.id, member.name]))
  const fields = differingFields(survivor, absorbed)
  const [choices, setChoices] = useState<MergeChoices>({})
  const [error, setError] = useState('')
  // The radios show what the merge will keep: an empty value gives way to a filled one,
  // and two different notes are both kept unless the clerk picks one.
  const planned = planCustomerMerge(survivor, absorbed, choices)
  const keptSide = (field: MergeableField): MergeSide =>
    deepEqual(planned[field], survivor[field]) ? 'survivor' : deepEqual(planned[field], absorbed[field]) ? 'absorbed' : 'both'
  const choose = (field: MergeableField, side: MergeSide) =>
    setChoices((current) => {
      const { [field]: _previous, ...others } = current
      return side === 'both' ? others : { ...others, [field]: side }
    })

  const confirm = async () => {
    try {
      const merged = await mergeCustomers(survivor.id, absorbed.id, planned, actor)
      showToast({ message: t('customers.mergePage.done') })
      navigate(`/customers/${merged.id}`)
    } catch (cause) {
      setError(t('customers.errors.saveFailed', { message: cause instanceof Error ? cause.message : String(cause) }))
    }
  }

  return (
    <section className="card">
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">{t('customers.mergePage.field')}</th>
            <th scope="col">
              {t('customers.mergePage.keep')}: {survivor.name}
            </th>
            <th scope="col">
              {t('customers.mergePage.absorb')}: {absorbed.name}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const kept = keptSide(field)
            const canKeepBoth = field === 'notes' && survivor.notes.trim() !== '' && absorbed.notes.trim() !== ''
            return (
              <tr key={field}>
                <th scope="row">{t(`customers.mergeFields.${field}`)}</th>
                {(['survivor', 'absorbed'] as const).map((side) => (
                  <td key={side}>
                    <label>
                      <input type="radio" name={`merge-${field}`} checked={kept === side} onChange={() => choose(field, side)} />
                      <MergeFieldValue field={field} customer={side === 'survivor' ? survivor : absorbed} staffNames={staffNames} />
                    </label>
                    {side === 'absorbed' && canKeepBoth ? (
                      <label>
                        <input type="radio" name={`merge-${field}`} checked={kept === 'both'} onChange={() => choose(field, 'both')} />
                        {t('customers.mergePage.keepBoth')}
                      </label>
                    ) : null}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
      {fields.length === 0 ? <p>{t('customers.mergePage.same')}</p> : null}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void confirm()}>
          {t('customers.mergePage.confirm')}
        </button>
        <Link className="button" to={`/customers/${absorbed.id}/merge/${survivor.id}`}>
          {t('customers.mergePage.swap')}
        </Link>
      </div>
    </section>
  )
}
