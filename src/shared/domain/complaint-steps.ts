/*
 * The steps the intake wizard coaches the clerk through (domain brief §2), in order, each
 * mapped to the stage of ISO 10002 (complaints handling) it carries out, so a manager who
 * knows the standard can see where the shop's routine sits in it.
 *
 * The mapping keeps the standard's order: recording what happened, what, when and which
 * product, is the information ISO's initial assessment works on, and classifying the cause
 * (找出原因，界定控制范围) is what its investigation produces. Escalation has no stage of its
 * own in the standard: bringing in a supervisor is one of the ways a response is reached.
 */

export const ISO_10002_STAGES = ['receipt', 'acknowledgement', 'assessment', 'investigation', 'response', 'closure'] as const
export type Iso10002Stage = (typeof ISO_10002_STAGES)[number]

export const COMPLAINT_INTAKE_STEPS = [
  /** 聆听和认错: let them finish, apologise and take responsibility. */
  { id: 'listen', isoStage: 'receipt' },
  /** 缓和情绪，消除争执. */
  { id: 'calm', isoStage: 'acknowledgement' },
  /** What, when, which product or service, what they want. */
  { id: 'facts', isoStage: 'assessment' },
  /** Cause category and severity. */
  { id: 'classify', isoStage: 'investigation' },
  /** 作出解释，给予满意答案: repair, replacement, refund, compensation, apology. */
  { id: 'resolve', isoStage: 'response' },
  /** 必要时让上级参与. */
  { id: 'escalate', isoStage: 'response' },
  /** 回访: a date to call back, then a satisfaction score. */
  { id: 'follow-up', isoStage: 'closure' }
] as const satisfies readonly { readonly id: string; readonly isoStage: Iso10002Stage }[]

export type ComplaintIntakeStep = (typeof COMPLAINT_INTAKE_STEPS)[number]['id']

export const COMPLAINT_INTAKE_STEP_IDS: readonly ComplaintIntakeStep[] = COMPLAINT_INTAKE_STEPS.map((step) => step.id)
