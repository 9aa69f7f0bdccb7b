import { useMemo, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { daysBetween, todayInShop } from '@shared/domain/days'
import { formatPhone } from '@shared/domain/phone'
import { useCustomerCard } from '../../data/hooks/use-customer-card'
import { useAllStaff } from '../../data/hooks/use-staff'
import { customersRepository } from '../../data/repositories/customers'
import { useActor } from '../../session/session-store'
import { ModalDialog } from '../../ui/modal-dialog'
import { useToastStore } from '../../ui/toast-store'
import { AddPurchaseForm } from './add-purchase-form'
import { CustomerTimeline } from './customer-timeline'
import { LogCallForm } from './log-call-form'
import { NextImportantDate } from './next-important-date'
import { PersonalityTips } from '../../ui/personality-tips'
import { ProductsOwned } from './products-owned'
import { TierSummary } from './tier-summary'

type OpenDialog = 'call' | 'purchase' | null

export function CustomerCardPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const now = useMemo(() => new Date(), [])
  const card = useCustomerCard(id, now)
  if (card === undefined) return <p className="muted">{t('customers.loading')}</p>
  if (card === null) {
    return (
      <div className="page">
        <p role="alert">{t('customers.card.notFound')}</p>
        <Link to="/customers">{t('customers.card.backToList')}</Link>
      </div>
    )
  }
  return <CustomerCard card={card} now={now} />
}

type CardData = NonNullable<ReturnType<typeof useCustomerCard>>

function CustomerCard({ card, now }: { readonly card: CardData; readonly now: Date }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const staff = useAllStaff()
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const { customer } = card
  const today = todayInShop(now)
  const ownerName = staff?.find((member) => member.id === customer.ownerId)?.name ?? ''

  const remove = async () => {
    await customersRepository.remove(customer.id, actor)
    showToast({
      message: t('customers.card.deleted', { name: customer.name }),
      actionLabel: t('customers.card.undo'),
      onAction: () => void customersRepository.restore(customer.id, actor)
    })
    navigate('/customers')
  }

  return (
    <div className="page page-wide customer-card">
      <RecordStateBanner customer={customer} />
      <div className="page-header">
        <h1>{customer.name}</h1>
        <TierSummary customer={customer} />
        <span className="muted">
          {t(`customers.kinds.${customer.kind}`)}
          {customer.company ? ` · ${customer.company}` : ''}
        </span>
        {customer.deletedAt === null ? (
          <div className="page-actions">
            <button type="button" className="primary" onClick={() => setDialog('call')}>
              {t('customers.card.logCall')}
            </button>
            <button type="button" onClick={() => setDialog('purchase')}>
              {t('customers.card.addPurchase')}
            </button>
            <Link className="button" to={`/complaints/new?customer=${customer.id}`}>
              {t('customers.card.startComplaint')}
            </Link>
            <Link className="button" to={`/visits/tasks/new?customer=${customer.id}`}>
              {t('customers.card.planVisit')}
            </Link>
            <Link className="button" to={`/customers/${customer.id}/edit`}>
              {t('customers.card.edit')}
            </Link>
            <Link className="button" to={`/customers/${customer.id}/merge`}>
              {t('customers.card.merge')}
            </Link>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('customers.card.delete')}
            </button>
          </div>
        ) : null}
      </div>

      <dl className="glance">
        <div>
          <dt>{t('customers.card.nextDate')}</dt>
          <dd>
            <NextImportantDate dates={customer.importantDates} today={today} />
          </dd>
        </div>
        <div>
          <dt>{t('customers.card.lastContact')}</dt>
          <dd>
            {customer.lastContactAt
              ? t('customers.card.daysAgo', { count: daysBetween(todayInShop(new Date(customer.lastContactAt)), today) })
              : t('customers.card.never')}
          </dd>
        </div>
        <div>
          <dt>{t('customers.card.lastSatisfaction')}</dt>
          <dd>{card.lastSatisfaction ? `${card.lastSatisfaction.score} / 5` : t('customers.card.noScore')}</dd>
        </div>
        <div>
          <dt>{t('customers.card.openComplaints')}</dt>
          <dd className={card.openComplaints.length > 0 ? 'warn-text' : undefined}>
            {card.openComplaints.length > 0 ? (
              <ul className="inline-list">
                {card.openComplaints.map((complaint) => (
                  <li key={complaint.id}>
                    <Link to={`/complaints/${complaint.id}`}>{complaint.number}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              t('customers.card.noOpenComplaints')
            )}
          </dd>
        </div>
      </dl>

      <div className="card-columns">
        <div>
          <section className="card" aria-labelledby="card-contact">
            <h2 id="card-contact">{t('customers.form.contact')}</h2>
            <dl className="facts">
              <dt>{t('customers.card.phones')}</dt>
              <dd>{customer.phones.map(formatPhone).join('、')}</dd>
              <dt>{t('customers.form.address')}</dt>
              <dd>{customer.address}</dd>
              <dt>{t('customers.form.preferredChannel')}</dt>
              <dd>
                {t(`customers.channels.${customer.preferredChannel}`)}
                {customer.contactConsent ? '' : ` · ${t('customers.form.consent')}: ✗`}
              </dd>
              <dt>{t('customers.card.owner')}</dt>
              <dd>{ownerName}</dd>
              <dt>{t('customers.card.tags')}</dt>
              <dd>{customer.tags.join('、')}</dd>
              <dt>{t('customers.card.notes')}</dt>
              <dd className="pre-wrap">{customer.notes}</dd>
            </dl>
          </section>
          <PersonalityTips personality={customer.personality} />
          <ProductsOwned customerId={customer.id} products={card.products} today={today} editable={customer.deletedAt === null} />
        </div>
        <CustomerTimeline customerId={customer.id} />
      </div>

      <ModalDialog open={dialog === 'call'} title={t('customers.logCall.title')} onCancel={() => setDialog(null)}>
        <LogCallForm customerId={customer.id} onClose={() => setDialog(null)} />
      </ModalDialog>
      <ModalDialog open={dialog === 'purchase'} title={t('customers.purchase.title')} onCancel={() => setDialog(null)}>
        <AddPurchaseForm customerId={customer.id} onClose={() => setDialog(null)} />
      </ModalDialog>
    </div>
  )
}

/** A deleted or merged record says so, with the way back. */
function RecordStateBanner({ customer }: { readonly customer: Customer }) {
  const { t } = useTranslation()
  const actor = useActor()
  if (customer.mergedInto) {
    return (
      <p className="banner" role="status">
        {t('customers.card.mergedInto')} <Link to={`/customers/${customer.mergedInto}`}>{t('customers.card.openSurvivor')}</Link>
      </p>
    )
  }
  if (customer.deletedAt) {
    return (
      <p className="banner" role="status">
        {t('customers.card.inTrash')}{' '}
        <button type="button" onClick={() => void customersRepository.restore(customer.id, actor)}>
          {t('customers.card.restore')}
        </button>
      </p>
    )
  }
  return null
}
