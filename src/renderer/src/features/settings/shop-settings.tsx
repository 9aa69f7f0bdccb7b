import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useShopName } from '../../data/hooks/use-shop-name'
import { setSetting } from '../../data/repositories/settings'
import { useActor } from '../../session/session-store'
import { SettingsMessage, type SettingsMessageValue } from './settings-message'

/** The longest shop name: it heads every printed slip. */
const MAX_SHOP_NAME = 40

/** The shop's name, printed on slips and put in wording that says {{shopName}}. */
export function ShopSettings() {
  const { t } = useTranslation()
  const saved = useShopName()
  return (
    <section className="card" aria-labelledby="settings-shop">
      <h2 id="settings-shop">{t('settings.shop.title')}</h2>
      <p className="hint">{t('settings.shop.hint')}</p>
      {saved === undefined ? null : <ShopNameForm saved={saved} />}
    </section>
  )
}

function ShopNameForm({ saved }: { readonly saved: string }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [name, setName] = useState(saved)
  const [message, setMessage] = useState<SettingsMessageValue | null>(null)
  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim().length > MAX_SHOP_NAME) return setMessage({ text: t('settings.shop.tooLong', { max: MAX_SHOP_NAME }), ok: false })
    await setSetting(SETTING_KEYS.shopName, name.trim(), actor)
    setMessage({ text: t('settings.saved'), ok: true })
  }
  return (
    <form className="inline-form" onSubmit={(event) => void save(event)} noValidate>
      <label className="field">
        <span>{t('settings.shop.name')}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" className="primary">
        {t('settings.staff.save')}
      </button>
      <SettingsMessage message={message} />
    </form>
  )
}
