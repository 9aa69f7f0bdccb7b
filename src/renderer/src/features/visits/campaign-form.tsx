import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  campaignOccasionDate,
  campaignProblems,
  type CampaignOccasion,
  type CampaignProblem,
  type CareCampaign
} from '@shared/domain/care-campaign'
import { CARE_METHODS, type CareMethod } from '@shared/domain/care-task'
import { TIERS, type Tier } from '@shared/domain/customer'
import { addDays } from '@shared/domain/days'
import { FESTIVAL_IDS, festivalDate, festivalsBetween, isFestivalId, type FestivalId } from '@shared/domain/festivals'
import { useAllTags } from '../../data/hooks/use-all-tags'
import { useCampaignPreview } from '../../data/hooks/use-campaign-preview'
import { useActiveStaff } from '../../data/hooks/use-staff'
import { runCareCampaign, type CampaignReport } from '../../data/repositories/care-queue'
import { useActor } from '../../session/session-store'
import { EnumSelect } from '../../ui/enum-select'
import { OptionalSelect } from '../../ui/optional-select'
import { formatCareDay, formatStartAt } from './care-queue-format'

/** Greetings go out in the week before a festival: the default first day of a festival campaign. */
const DAYS_BEFORE_FESTIVAL = 7

const toggle = <T,>(list: readonly T[], item: T): readonly T[] =>
  list.includes(item) ? list.filter((candidate) => candidate !== item) : [...list, item]

/** The first day to contact for an occasion on `date`: a week before, but not before today. */
const defaultContactDate = (date: string | null, today: string): string => {
  const weekBefore = date === null ? today : addDays(date, -DAYS_BEFORE_FESTIVAL)
  return weekBefore < today ? today : weekBefore
}

interface CampaignFormProps {
  readonly now: Date
  readonly today: string
  readonly onClose: () => void
}

/**
 * A seasonal campaign: an occasion (a festival of a given year, or the shop's own event), a
 * segment (tiers, a tag, an owner), a method and a first day. It shows how many tasks it would
 * plan before it plans them, and reports how many it planned and skipped.
 */
export function CampaignForm({ now, today, onClose }: CampaignFormProps) {
  const { t, i18n } = useTranslation()
  const actor = useActor()
  const staff = useActiveStaff()
  const tags = useAllTags()
  const next = festivalsBetween(FESTIVAL_IDS, today, addDays(today, 366))[0]
  const [kind, setKind] = useState<CampaignOccasion['kind']>('festival')
  const [festival, setFestival] = useState<FestivalId>(next?.festival ?? 'spring-festival')
  const [year, setYear] = useState(String(next?.year ?? Number(today.slice(0, 4))))
  const [eventDate, setEventDate] = useState(addDays(today, DAYS_BEFORE_FESTIVAL))
  const [name, setName] = useState('')
  const [contactDate, setContactDate] = useState(() => defaultContactDate(next?.date ?? null, today))
  const [tiers, setTiers] = useState<readonly Tier[]>(['A'])
  const [tag, setTag] = useState<string | null>(null)
  const [ownerId, setOwnerId] = useState<string | null>(null)
  const [method, setMethod] = useState<CareMethod>('call')
  const [purposeEdited, setPurposeEdited] = useState<string | null>(null)
  const [shownProblems, setShownProblems] = useState<readonly CampaignProblem[]>([])
  const [running, setRunning] = useState(false)
  const [report, setReport] = useState<CampaignReport | null>(null)

  const occasion: CampaignOccasion =
    kind === 'festival' ? { kind, festival, year: Number(year) } : { kind, date: eventDate, name: name.trim() }
  const suggestedPurpose =
    kind === 'festival' ? t('careQueue.purpose.festival', { festival: t(`careQueue.festivals.${festival}`) }) : name.trim()
  const purpose = purposeEdited ?? suggestedPurpose
  const campaign: CareCampaign = { occasion, segment: { tiers, tag, ownerId }, method, contactDate, purpose }
  const problems = campaignProblems(campaign, today)
  // Counted only while the campaign could run.
  const preview = useCampaignPreview(problems.length === 0 ? campaign : null)

  const chooseFestival = (chosen: FestivalId, chosenYear: string) => {
    setFestival(chosen)
    setYear(chosenYear)
    setContactDate(defaultContactDate(festivalDate(chosen, Number(chosenYear)), today))
  }

  const run = async (event: FormEvent) => {
    event.preventDefault()
    setShownProblems(problems)
    if (problems.length > 0) return
    setRunning(true)
    try {
      setReport(await runCareCampaign(campaign, { now }, actor))
    } finally {
      setRunning(false)
    }
  }

  if (report !== null) {
    const skipped = report.skipped.alreadyPlanned + report.skipped.noConsent + report.skipped.openComplaint
    return (
      <div className="campaign-report">
        <p role="status">
          {t('careQueue.campaign.done', { created: report.created, skipped })}{' '}
          {report.firstStartAt !== null && report.lastStartAt !== null
            ? t('careQueue.campaign.doneRange', {
                first: formatStartAt(report.firstStartAt, i18n.language),
                last: formatStartAt(report.lastStartAt, i18n.language)
              })
            : null}
        </p>
        <p className="muted">
          {t('careQueue.campaign.preview', {
            count: report.created,
            planned: report.skipped.alreadyPlanned,
            consent: report.skipped.noConsent,
            complaint: report.skipped.openComplaint
          })}
        </p>
        <div className="button-row">
          <button type="button" className="primary" onClick={onClose} autoFocus>
            {t('careQueue.campaign.close')}
          </button>
        </div>
      </div>
    )
  }

  const occasionDay = campaignOccasionDate(occasion)
  return (
    <form className="campaign-form" onSubmit={(event) => void run(event)} noValidate>
      <p className="hint">{t('careQueue.campaign.lead')}</p>
      <fieldset className="campaign-fieldset">
        <legend>{t('careQueue.campaign.occasion')}</legend>
        <div className="chip-group" role="radiogroup" aria-label={t('careQueue.campaign.occasion')}>
          {(['festival', 'date'] as const).map((option) => (
            <label key={option} className="chip">
              <input type="radio" name="campaign-kind" checked={kind === option} onChange={() => setKind(option)} />
              {t(option === 'festival' ? 'careQueue.campaign.festivalOption' : 'careQueue.campaign.customOption')}
            </label>
          ))}
        </div>
        {kind === 'festival' ? (
          <div className="campaign-row">
            <label className="field">
              <span>{t('careQueue.campaign.festival')}</span>
              <select value={festival} onChange={(event) => isFestivalId(event.target.value) && chooseFestival(event.target.value, year)}>
                {FESTIVAL_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`careQueue.festivals.${id}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('careQueue.campaign.year')}</span>
              <input className="narrow" inputMode="numeric" value={year} onChange={(event) => chooseFestival(festival, event.target.value)} />
            </label>
            {occasionDay !== null ? (
              <p className="campaign-occasion-day">
                {t('careQueue.campaign.festivalOn', {
                  festival: t(`careQueue.festivals.${festival}`),
                  date: formatCareDay(occasionDay, today, i18n.language)
                })}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="campaign-row">
            <label className="field">
              <span>{t('careQueue.campaign.name')}</span>
              <input value={name} maxLength={40} onChange={(event) => setName(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('careQueue.campaign.occasionDate')}</span>
              <input type="date" value={eventDate} onChange={(event) => setEventDate(event.target.value)} />
            </label>
          </div>
        )}
      </fieldset>

      <fieldset className="campaign-fieldset">
        <legend>{t('careQueue.campaign.segment')}</legend>
        <div className="chip-group" role="group" aria-label={t('careQueue.campaign.tiers')}>
          {TIERS.map((tier) => (
            <label key={tier} className="chip">
              <input type="checkbox" checked={tiers.includes(tier)} onChange={() => setTiers((current) => toggle(current, tier))} />
              {t(`customers.tiers.${tier}`)}
            </label>
          ))}
        </div>
        <div className="campaign-row">
          <OptionalSelect
            label={t('careQueue.campaign.tag')}
            value={tag}
            emptyLabel={t('careQueue.campaign.any')}
            options={(tags ?? []).map((value) => ({ value, label: value }))}
            onChange={setTag}
          />
          <OptionalSelect
            label={t('careQueue.campaign.owner')}
            value={ownerId}
            emptyLabel={t('careQueue.campaign.any')}
            options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
            onChange={setOwnerId}
          />
        </div>
      </fieldset>

      <div className="campaign-row">
        <EnumSelect
          label={t('careQueue.campaign.method')}
          value={method}
          options={CARE_METHODS}
          optionLabel={(option) => t(`careQueue.methods.${option}`)}
          onChange={setMethod}
        />
        <label className="field">
          <span>{t('careQueue.campaign.contactDate')}</span>
          <input type="date" value={contactDate} min={today} onChange={(event) => setContactDate(event.target.value)} />
        </label>
      </div>
      <p className="hint">{t('careQueue.campaign.contactDateHint')}</p>
      <label className="field">
        <span>{t('careQueue.campaign.purpose')}</span>
        <input value={purpose} maxLength={100} onChange={(event) => setPurposeEdited(event.target.value)} />
      </label>

      {shownProblems.length > 0 ? (
        <ul role="alert" className="error-text campaign-problems">
          {shownProblems.map((problem) => (
            <li key={problem}>{t(`careQueue.campaign.problems.${problem}`)}</li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="campaign-preview">
        {problems.length > 0
          ? null
          : preview === undefined
            ? t('careQueue.campaign.counting')
            : t('careQueue.campaign.preview', {
                count: preview.willCreate,
                planned: preview.skipped.alreadyPlanned,
                consent: preview.skipped.noConsent,
                complaint: preview.skipped.openComplaint
              })}
      </p>
      <div className="button-row">
        <button type="submit" className="primary" disabled={running}>
          {running ? t('careQueue.campaign.running') : t('careQueue.campaign.run')}
        </button>
        <button type="button" onClick={onClose}>
          {t('careQueue.cancel')}
        </button>
      </div>
    </form>
  )
}
