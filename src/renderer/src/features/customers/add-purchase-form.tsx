import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addPurchase } from '../../data/repositories/customer-actions'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { instantOfChosenDay, localDateInputValue } from './local-date-input'

/** Shown inside a ModalDialog from the customer card. */
export function AddPurchaseForm({ customerId, onClose }: { readonly customerId: string; readonly onClose: () => void }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [amount, setAmount] = useState('')
  const [productName, setProductName] = useState('')
  const [serial, setSerial] = useState('')
  const [at, setAt] = useState(() => localDateInputValue(new Date()))
  const [warrantyEnd, setWarrantyEnd] = useState('')
  const [maintenanceInterval, setMaintenanceInterval] = useState('')
  const [error, setError] = useState('')

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const value = Number(amount.trim())
    if (amount.trim() === '' || !Number.isFinite(value) || value < 0) {
      setError(t('customers.purchase.amountInvalid'))
      return
    }
    const months = Number.parseInt(maintenanceInterval, 10)
    await addPurchase(
      customerId,
      {
        amount: value,
        productName: productName.trim(),
        serial: serial.trim(),
        at: instantOfChosenDay(at, new Date()).toISOString(),
        warrantyEnd: warrantyEnd || null,
        maintenanceIntervalMonths: Number.isFinite(months) && months > 0 ? months : null
      },
      actor
    )
    onClose()
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <label className="field">
        <span>{t('customers.purchase.amount')}</span>
        <input
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          aria-invalid={error ? true : undefined}
          autoFocus
        />
        {error ? (
          <span role="alert" className="error-text">
            {error}
          </span>
        ) : null}
      </label>
      <label className="field">
        <span>{t('customers.purchase.at')}</span>
        <input type="date" value={at} onChange={(event) => setAt(event.target.value)} required />
      </label>
      <label className="field">
        <span>{t('customers.purchase.productName')}</span>
        <input value={productName} onChange={(event) => setProductName(event.target.value)} maxLength={100} />
      </label>
      {productName.trim() ? (
        <>
          <label className="field">
            <span>{t('customers.purchase.serial')}</span>
            <input value={serial} onChange={(event) => setSerial(event.target.value)} maxLength={60} />
          </label>
          <label className="field">
            <span>{t('customers.purchase.warrantyEnd')}</span>
            <input type="date" value={warrantyEnd} onChange={(event) => setWarrantyEnd(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('customers.purchase.maintenanceIntervalMonths')}</span>
            <input inputMode="numeric" value={maintenanceInterval} onChange={(event) => setMaintenanceInterval(event.target.value)} maxLength={3} />
          </label>
        </>
      ) : null}
      <FormButtons saveLabel={t('customers.purchase.save')} cancelLabel={t('customers.form.cancel')} onCancel={onClose} />
    </form>
  )
}
