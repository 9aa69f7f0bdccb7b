import { describe, expect, it } from 'vitest'
import { COMPLAINT_INTAKE_STEP_IDS, COMPLAINT_INTAKE_STEPS, ISO_10002_STAGES } from '@shared/domain/complaint-steps'

describe('COMPLAINT_INTAKE_STEPS', () => {
  it('runs listen, calm, facts, classify, resolve, escalate, follow-up', () => {
    expect(COMPLAINT_INTAKE_STEP_IDS).toEqual(['listen', 'calm', 'facts', 'classify', 'resolve', 'escalate', 'follow-up'])
  })

  it('maps onto every ISO 10002 stage, in the standard’s order', () => {
    const stages = COMPLAINT_INTAKE_STEPS.map((step) => ISO_10002_STAGES.indexOf(step.isoStage))
    expect(stages).toEqual([...stages].sort((a, b) => a - b))
    expect(new Set(stages).size).toBe(ISO_10002_STAGES.length)
  })
})
