import type { BUILT_IN_COMPLAINT_CATEGORIES } from '../domain/complaint'
import type { ComplaintIntakeStep } from '../domain/complaint-steps'
import type { PersonalityType } from '../domain/customer'
import type { RecordContent } from '../domain/record'
import type { ScriptLocale, ScriptPhrase } from '../domain/script'

/*
 * The script library FrontDesk ships with, in 简体中文 and English: suggested wording for
 * every intake step, category and personality type, the phrases never to say (with why and
 * a better way), and a tip for each kind of difficult customer. Written in our own words
 * from the domain brief; only the never-say phrases are the stock phrases themselves,
 * because those are what the checker must recognise.
 *
 * Each entry has a seed id that never changes once shipped. Its record is stored under
 * seededScriptId(seedId), the same id on every PC, so seeding again (renderer data/
 * script-library.ts) adds only the entries a database lacks, and two PCs' exports hold one
 * record, not two copies. Seeding never changes, revives or re-adds an entry a database holds:
 * from then on it is the shop's, to edit, retire or delete. So to improve shipped wording, add
 * an entry with a new number; taking an entry out of this list only keeps it from new databases.
 */

export type DefaultPhrase = RecordContent<ScriptPhrase> & { readonly seedId: string }

/**
 * The record id of a shipped entry. Made of the seed id's letters, digits, dots and hyphens
 * only, so it needs no escaping in a URL, a file name or a selector; no ULID or UUID starts
 * with "seed-", so it cannot collide with an id made on a device.
 */
export const seededScriptId = (seedId: string): string => `seed-${seedId}`

type Category = (typeof BUILT_IN_COMPLAINT_CATEGORIES)[number]
type ServedPersonality = Exclude<PersonalityType, 'unknown'>
type InBothLanguages = Readonly<Record<ScriptLocale, string>>

/** The difficult customers the seeds name (难伺候的顾客); the library has a tip for each. */
export const DIFFICULT_CUSTOMER_TYPES = [
  'irritable',
  'endless-talker',
  'rude',
  'eccentric',
  'indecisive',
  'domineering',
  'drunk',
  'critic',
  'arguer',
  'troublemaker'
] as const
export type DifficultCustomerType = (typeof DIFFICULT_CUSTOMER_TYPES)[number]

const LOCALES = ['zh-CN', 'en'] as const satisfies readonly ScriptLocale[]

const BLANK = {
  step: '',
  category: '',
  personality: '',
  why: '',
  better: '',
  variants: [],
  exceptions: [],
  retired: false
} as const satisfies Partial<DefaultPhrase>

/** Suggested wording. Seed id: say.<step>.<category or any>.<personality or any>.<n>.<locale>. */
function say(
  step: ComplaintIntakeStep,
  category: Category | '',
  personality: ServedPersonality | '',
  number: number,
  text: InBothLanguages
): readonly DefaultPhrase[] {
  const stem = `say.${step}.${category || 'any'}.${personality || 'any'}.${number}`
  return LOCALES.map((locale) => ({ ...BLANK, seedId: `${stem}.${locale}`, kind: 'say', locale, text: text[locale], step, category, personality }))
}

interface NeverSayWording {
  readonly text: string
  readonly why: string
  readonly better: string
  /** An ellipsis marks where a few words may come in between (see phrase-check.ts). */
  readonly variants: readonly string[]
  readonly exceptions?: readonly string[]
}

/** A phrase never to say. Seed id: never-say.<key>.<locale>. */
function neverSay(key: string, wordings: Readonly<Record<ScriptLocale, NeverSayWording>>): readonly DefaultPhrase[] {
  return LOCALES.map((locale) => {
    const { text, why, better, variants, exceptions = [] } = wordings[locale]
    return { ...BLANK, seedId: `never-say.${key}.${locale}`, kind: 'never-say', locale, text, why, better, variants, exceptions }
  })
}

/** Advice for one kind of difficult customer. Seed id: tip.<type>.<locale>. */
function tip(type: DifficultCustomerType, text: InBothLanguages): readonly DefaultPhrase[] {
  return LOCALES.map((locale) => ({ ...BLANK, seedId: `tip.${type}.${locale}`, kind: 'tip', locale, text: text[locale] }))
}

/** Wording for each step, whatever the cause and the customer. */
const EVERY_COMPLAINT = [
  say('listen', '', '', 1, {
    'zh-CN': '{{customerName}}，您好，我是{{staffName}}。您慢慢说，我认真听着。',
    en: "Hello {{customerName}}, I'm {{staffName}}. Take your time, I'm listening."
  }),
  say('listen', '', '', 2, {
    'zh-CN': '真的很抱歉让您遇到这样的事，这是我们的责任，我一定帮您处理好。',
    en: "I'm really sorry this happened to you. It's our responsibility, and I'll see it through for you."
  }),
  say('listen', '', '', 3, {
    'zh-CN': '谢谢您专门来告诉我们，您的意见能帮我们做得更好。',
    en: 'Thank you for taking the trouble to tell us. It helps us do better.'
  }),
  say('calm', '', '', 1, {
    'zh-CN': '您的心情我完全理解，换作是我，也会不高兴。',
    en: "I completely understand why you're upset; I would be too."
  }),
  say('calm', '', '', 2, {
    'zh-CN': '请先坐下喝杯水，我们一起把这件事解决好。',
    en: "Please have a seat and something to drink, and we'll sort this out together."
  }),
  say('facts', '', '', 1, {
    'zh-CN': '为了尽快帮您处理，我想确认几个细节：是哪一件商品？问题是什么时候发现的？',
    en: 'So I can help quickly, may I check a few details: which item is it, and when did you first notice the problem?'
  }),
  say('facts', '', '', 2, {
    'zh-CN': '您希望我们怎样处理最好？维修、换货还是退款？',
    en: 'How would you like us to put this right: a repair, a replacement or a refund?'
  }),
  say('facts', '', '', 3, {
    'zh-CN': '我把您说的都记下来了，我念一遍，您听听有没有遗漏。',
    en: "I'll read back what I've written down, so you can tell me if I've missed anything."
  }),
  say('classify', '', '', 1, {
    'zh-CN': '这件事我登记为{{complaintNumber}}号投诉，以后凭这个编号随时可以查询进展。',
    en: "I've logged this as complaint {{complaintNumber}}; quote that number any time to check on progress."
  }),
  say('classify', '', '', 2, {
    'zh-CN': '这件事很要紧，我会优先处理，并请店长一起跟进。',
    en: "This is serious, so I'm giving it priority and asking my manager to follow it with me."
  }),
  say('resolve', '', '', 1, {
    'zh-CN': '我们为您准备了几个处理方案，您看哪一个最合适。',
    en: 'Here are the options we can offer; please tell me which suits you best.'
  }),
  say('resolve', '', '', 2, {
    'zh-CN': '这次给您带来的不便，我们再次向您道歉。',
    en: "Once again, we're sorry for the trouble this has caused you."
  }),
  say('escalate', '', '', 1, {
    'zh-CN': '这件事我想请店长亲自为您处理，店长两分钟就到，请您稍等。',
    en: "I'd like my manager to handle this personally; they'll be with us in two minutes."
  }),
  say('escalate', '', '', 2, {
    'zh-CN': '为了给您一个更好的结果，我请一位更有经验的同事来处理，我会陪您一起等。',
    en: "To get you the best outcome, I'm bringing in a more experienced colleague, and I'll stay with you until it's settled."
  }),
  say('follow-up', '', '', 1, {
    'zh-CN': '我们会在{{followUpDate}}给您打电话，确认问题已经彻底解决。',
    en: "We'll call you on {{followUpDate}} to make sure everything is resolved."
  }),
  say('follow-up', '', '', 2, {
    'zh-CN': '{{customerName}}，您好，我是{{shopName}}的{{staffName}}，想问问上次的问题现在怎么样了？',
    en: "Hello {{customerName}}, this is {{staffName}} from {{shopName}}. I'm calling to ask how things have been since we dealt with your complaint."
  }),
  say('follow-up', '', '', 3, {
    'zh-CN': '您对这次的处理满意吗？如果从1到5打分，您会打几分？',
    en: 'How satisfied are you with the way we handled it, on a scale of 1 to 5?'
  })
]

/** What to ask, and what to offer, for each cause. */
const BY_CATEGORY = [
  say('facts', 'service-attitude', '', 1, {
    'zh-CN': '能告诉我当时是哪位同事接待的您，大概是几点吗？',
    en: 'Could you tell me which colleague served you, and roughly what time it was?'
  }),
  say('resolve', 'service-attitude', '', 1, {
    'zh-CN': '我们同事当时的态度确实不应该，我代表门店向您郑重道歉，也会和这位同事认真谈一谈。',
    en: 'The way you were treated was not acceptable. On behalf of the shop I apologise, and I will speak to my colleague about it.'
  }),
  say('facts', 'repair-workmanship', '', 1, {
    'zh-CN': '修好以后，问题是马上又出现了，还是过了几天才出现的？',
    en: 'After the repair, did the problem come back straight away or after a few days?'
  }),
  say('resolve', 'repair-workmanship', '', 1, {
    'zh-CN': '这次没修好是我们的技术问题，我们请资深师傅免费返修，交给您之前和您一起检查。',
    en: "The repair wasn't done properly, and that's on us. A senior technician will redo it free of charge, and we'll check it together before you take it home."
  }),
  say('facts', 'repair-price', '', 1, {
    'zh-CN': '方便把结算单给我看一下吗？我们一项一项核对。',
    en: "May I see the invoice? We'll go through it line by line."
  }),
  say('resolve', 'repair-price', '', 1, {
    'zh-CN': '我把这次维修的每一项费用都给您列出来，不合理的地方我们马上调整。',
    en: "I'll list every item on the repair bill for you, and anything that isn't fair we'll correct straight away."
  }),
  say('facts', 'parts-quality', '', 1, {
    'zh-CN': '这个配件是什么时候换的？您手上有维修单或者发票吗？',
    en: 'When was the part fitted? Do you still have the job card or the invoice?'
  }),
  say('resolve', 'parts-quality', '', 1, {
    'zh-CN': '这个配件有质量问题，我们免费给您换一个新的原厂件，并延长它的保修期。',
    en: "This part is faulty. We'll fit a new genuine part free of charge and extend its warranty."
  }),
  say('facts', 'slow-service', '', 1, {
    'zh-CN': '当时我们答应您哪一天完成？',
    en: 'What completion date did we give you at the time?'
  }),
  say('resolve', 'slow-service', '', 1, {
    'zh-CN': '让您等了这么久，真的很抱歉。我现在就确认完成的具体时间，在那之前每天给您报一次进度。',
    en: "I'm sorry you've waited this long. I'll confirm a firm completion time now and update you every day until it's done."
  }),
  say('facts', 'product-quality', '', 1, {
    'zh-CN': '这件商品是什么时候买的？问题是在什么情况下出现的？',
    en: 'When did you buy it, and what was happening when the problem appeared?'
  }),
  say('resolve', 'product-quality', '', 1, {
    'zh-CN': '产品出现这样的问题是我们的责任，您可以选择换新或者退款，我们今天就办。',
    en: "A product shouldn't fail like this, and that's our responsibility. You can choose a replacement or a refund, and we'll arrange either today."
  }),
  say('facts', 'promise-not-kept', '', 1, {
    'zh-CN': '当时我们具体答应了您什么？是哪位同事答应的？',
    en: 'What exactly did we promise, and who made the promise?'
  }),
  say('resolve', 'promise-not-kept', '', 1, {
    'zh-CN': '答应您的事我们没有做到，是我们失信了。今天我就把答应的补上，并把完成时间写给您。',
    en: "We didn't keep our promise to you, and I'm sorry. I'll make good on it today and give you the completion time in writing."
  }),
  say('facts', 'staff-skill', '', 1, {
    'zh-CN': '上次同事是怎么给您解答的？我看看是哪里出了偏差。',
    en: 'What answer did my colleague give you last time? I want to see where it went wrong.'
  }),
  say('resolve', 'staff-skill', '', 1, {
    'zh-CN': '上次接待您的同事经验不足，没能帮您解决好。这次由最熟悉这项业务的同事负责到底。',
    en: "The colleague who helped you last time didn't have the experience to solve this. This time our most experienced colleague will handle it from start to finish."
  }),
  say('facts', 'returns-exchanges', '', 1, {
    'zh-CN': '您是想退货还是换货？商品和包装都还在吗？',
    en: 'Would you prefer a return or an exchange? Do you still have the item and its packaging?'
  }),
  say('resolve', 'returns-exchanges', '', 1, {
    'zh-CN': '您的退换货我现在就帮您办理，办好后把凭证交给您。',
    en: "I'll process your return or exchange right now and hand you the receipt as soon as it's done."
  })
]

/**
 * How to put it for each personality type (domain brief §1): lively customers want warmth
 * and a personal touch, powerful ones brevity, frankness and the choice, peaceful ones
 * reassurance and a proactive call, analytical ones facts and a precise plan.
 */
const BY_PERSONALITY = [
  say('listen', '', 'lively', 1, {
    'zh-CN': '{{customerName}}，您愿意来跟我们说，真是太好了！您慢慢讲，我都听着。',
    en: "{{customerName}}, I'm really glad you came to tell us! Tell me everything, I'm all ears."
  }),
  say('calm', '', 'lively', 1, {
    'zh-CN': '您一直这么照顾我们的生意，这次却让您失望了，我心里也很过意不去。',
    en: "You've always been so good to us, and we let you down this time. I feel bad about that."
  }),
  say('facts', '', 'lively', 1, {
    'zh-CN': '您讲得特别清楚，我再确认一下：是哪天发生的？',
    en: "You've described it so clearly. Just so I get it right: which day did it happen?"
  }),
  say('resolve', '', 'lively', 1, {
    'zh-CN': '我们给您换一台新的，颜色可以挑您最喜欢的，您看好不好？',
    en: "We'll replace it with a new one, and you can pick the colour you like best. How does that sound?"
  }),
  say('follow-up', '', 'lively', 1, {
    'zh-CN': '{{customerName}}，我是{{staffName}}，特意打电话问问您，新换的用着还开心吗？',
    en: "Hi {{customerName}}, it's {{staffName}}. I wanted to check in personally: are you enjoying the new one?"
  }),
  say('listen', '', 'powerful', 1, {
    'zh-CN': '您的时间宝贵，请直接告诉我问题和您的要求，我马上处理。',
    en: 'I know your time matters. Tell me the problem and what you want, and I will act on it right away.'
  }),
  say('calm', '', 'powerful', 1, {
    'zh-CN': '您说得对，这件事我们没做好，我不找任何借口。',
    en: "You're right, we got this wrong, and I won't make excuses."
  }),
  say('facts', '', 'powerful', 1, {
    'zh-CN': '我只确认三点：商品、时间、您的要求，一分钟就好。',
    en: 'I only need three things: the item, when it happened, and what you would like. It will take a minute.'
  }),
  say('resolve', '', 'powerful', 1, {
    'zh-CN': '我给您三个方案：一是马上维修，二是换新，三是退款。您来定。',
    en: 'Here are three options: an immediate repair, a replacement, or a refund. Your call.'
  }),
  say('escalate', '', 'powerful', 1, {
    'zh-CN': '我这就请店长过来，由店长直接给您答复。',
    en: "I'm fetching my manager now, so you get an answer straight from the top."
  }),
  say('follow-up', '', 'powerful', 1, {
    'zh-CN': '{{customerName}}，简单跟您确认一下：问题已经彻底解决了吗？',
    en: '{{customerName}}, a quick check: is the problem fully solved?'
  }),
  say('listen', '', 'peaceful', 1, {
    'zh-CN': '您别担心，有什么想法都可以跟我说，我们一起看看。',
    en: "Please don't worry. Tell me whatever is on your mind and we'll look at it together."
  }),
  say('calm', '', 'peaceful', 1, {
    'zh-CN': '这样的情况我们处理过很多次，每次都顺利解决了，您放心。',
    en: "We've dealt with cases like this many times and sorted every one of them out, so you're in good hands."
  }),
  say('facts', '', 'peaceful', 1, {
    'zh-CN': '不着急，您想到什么就说什么，我来帮您整理。',
    en: "There's no rush. Tell me anything that comes to mind and I'll put it in order."
  }),
  say('resolve', '', 'peaceful', 1, {
    'zh-CN': '不少顾客遇到类似情况都选择了换新，用下来都很满意。您要是愿意，我们也这样办。',
    en: 'Many customers in the same situation chose a replacement and were very happy with it. If you like, we can do the same for you.'
  }),
  say('follow-up', '', 'peaceful', 1, {
    'zh-CN': '{{customerName}}，我是{{staffName}}，不用您来找我们，我主动问问：现在一切都好吗？',
    en: "{{customerName}}, it's {{staffName}}. I didn't want you to have to chase us, so I'm calling: is everything all right now?"
  }),
  say('listen', '', 'analytical', 1, {
    'zh-CN': '请您把情况详细说一下，每个细节我都会记录下来。',
    en: "Please walk me through it in detail; I'll note every point."
  }),
  say('calm', '', 'analytical', 1, {
    'zh-CN': '您的判断有道理，我们用检测结果说话，给您一个清楚的交代。',
    en: "Your reasoning makes sense. We'll test it and give you a clear account based on the results."
  }),
  say('facts', '', 'analytical', 1, {
    'zh-CN': '为了判断准确，请告诉我购买日期、型号，以及故障出现的频率。',
    en: 'To get this exactly right, could you give me the purchase date, the model and how often the fault occurs?'
  }),
  say('resolve', '', 'analytical', 1, {
    'zh-CN': '检测报告显示是配件故障。我们的方案是：明天上午更换，下午三点前完成，保修期重新计算十二个月。',
    en: 'The test report shows a faulty part. Our plan: replace it tomorrow morning, finish by 3 pm, and restart the 12-month warranty.'
  }),
  say('follow-up', '', 'analytical', 1, {
    'zh-CN': '{{customerName}}，上周更换配件后我们做了复检，各项数据都正常。您使用中还发现什么情况吗？',
    en: "{{customerName}}, we re-tested the unit after last week's repair and all readings are normal. Have you noticed anything since?"
  })
]

/** A few situations where both the cause and the customer shape the wording. */
const BY_CATEGORY_AND_PERSONALITY = [
  say('calm', 'service-attitude', 'lively', 1, {
    'zh-CN': '您是我们的老朋友了，却受到这样的对待，太不应该了，我先郑重地跟您说声对不起。',
    en: 'You have been a friend of the shop for years, and you deserved far better. I am truly sorry.'
  }),
  say('resolve', 'slow-service', 'powerful', 1, {
    'zh-CN': '今天下午五点前一定完成，超时的话工时费全免。您看可以吗？',
    en: 'It will be ready by 5 pm today; if we miss that, the labour is free. Does that work for you?'
  }),
  say('resolve', 'repair-price', 'analytical', 1, {
    'zh-CN': '这是工时和配件的价格明细，旁边是同型号的标准报价，多收的部分我们当场退还。',
    en: 'Here is the breakdown of labour and parts next to our standard prices for this model; anything overcharged we refund on the spot.'
  }),
  say('resolve', 'product-quality', 'peaceful', 1, {
    'zh-CN': '您放心，换新的手续我全程帮您办，不用您多跑一趟。',
    en: "Don't worry, I'll take care of the whole replacement for you, so you won't need to make another trip."
  })
]

/**
 * The brief's never-say list, word for word, and English equivalents, plus "calm down" in
 * both languages: it is the phrase the English UI was asked for by name, and 你冷静一点 hurts
 * in the same way. Variants are chosen to stay clear of ordinary polite replies: a bare
 * 不可能 or "company policy" would flag promises and good news (我们不可能让您白跑一趟,
 * "our policy covers this"), so variants keep enough of the phrase to mean the brush-off.
 */
const NEVER_SAY = [
  neverSay('even-a-child', {
    'zh-CN': {
      text: '这种问题连三岁的小孩都懂。',
      why: '言下之意是顾客笨，伤了对方的自尊，只会让人更生气。',
      better: '这一点确实容易让人弄混，我来一步一步给您演示。',
      variants: ['连…小孩…都懂', '连…小孩…都知道', '连…小孩…都会', '三岁小孩都懂', '三岁小孩都知道', '这都不懂']
    },
    en: {
      text: 'Even a child knows this.',
      why: 'It tells the customer they are slow, which hurts their pride and makes them angrier.',
      better: 'This part really can be confusing. Let me show you step by step.',
      variants: ['even a kid knows this', 'even a child could…understand', 'even a kid could…understand', 'a child could understand this', 'a three year old could…understand', 'any child knows that']
    }
  }),
  neverSay('you-get-what-you-pay-for', {
    'zh-CN': {
      text: '一分价钱一分货。',
      why: '等于说顾客贪便宜、自找的，把质量问题推回给顾客。',
      better: '不管价格高低，质量都应该有保证，我们先看看问题出在哪里。',
      variants: ['一分钱一分货', '便宜没好货', '便宜无好货', '你买的是便宜货', '便宜货就这样']
    },
    en: {
      text: 'You get what you pay for.',
      why: 'It suggests the customer chose cheap and has only themselves to thank.',
      better: "Whatever the price, it should work properly. Let's find out what went wrong.",
      variants: ['you get what you paid for', 'what did you expect for that price', 'what do you expect for that price', 'what do you expect at this price', 'what did you expect for the price']
    }
  }),
  neverSay('impossible', {
    'zh-CN': {
      text: '不可能，绝不可能发生这种事。',
      why: '直接否定顾客的亲身经历，听起来像在说他撒谎。',
      better: '这种情况确实少见，谢谢您告诉我们，我马上安排检查。',
      variants: ['不可能发生这种事', '不可能有这种事', '不可能出这种问题', '不可能出现这种问题', '不可能出现这种情况', '这是不可能的', '根本不可能'],
      // A promise that it will not happen again is welcome, not a denial.
      exceptions: ['以后…不可能发生这种事', '以后…不可能出现这种情况', '以后…不可能出现这种问题', '以后…不可能出这种问题', '根本不可能是你的']
    },
    en: {
      text: "That's impossible.",
      why: 'It denies what the customer went through, as if they were not telling the truth.',
      better: "That's unusual, and thank you for telling us. I'll have it checked straight away.",
      variants: ['that never happens', 'that can not happen', 'that could never happen', 'there is no way that happened', 'that does not happen'],
      exceptions: ['that never happens again', 'that can not happen again', 'that could never happen again', 'that does not happen again']
    }
  }),
  neverSay('not-my-business', {
    'zh-CN': {
      text: '这种问题不关我的事，请去问……',
      why: '把顾客推来推去，让人觉得这里没人负责。',
      better: '这件事由我来帮您联系负责的同事，您不用再跑。',
      variants: ['不关我的事', '不关我事', '不归我管', '这不是我负责的', '你去问别人', '你问别人去', '别问我']
    },
    en: {
      text: "It's not my problem.",
      why: 'It passes the customer around and shows that nobody is taking ownership.',
      better: "I'll get the right colleague for you myself, so you don't have to go anywhere.",
      variants: ['not my problem', 'not my department', 'not my job', 'nothing to do with me', 'go and ask someone else', 'go ask someone else', 'you will have to ask someone else']
    }
  }),
  neverSay('dont-really-know', {
    'zh-CN': {
      text: '这个问题不太清楚。',
      why: '显得不专业、不上心，顾客会觉得问了也白问。',
      better: '这个问题我需要确认一下，半小时内给您准确的答复。',
      variants: ['这个问题我不太清楚', '这个问题我不清楚', '这个问题我也不清楚', '这个我不太清楚', '这个我不清楚', '这个我也不清楚', '我也不太清楚', '我也不清楚'],
      // Offering to explain what the customer finds unclear is help, not a brush-off.
      exceptions: ['你对这个问题不太清楚']
    },
    en: {
      text: "I don't really know about that.",
      why: 'It sounds careless; the customer feels that asking was a waste of time.',
      better: 'I want to give you the right answer, so I will check and get back to you within half an hour.',
      variants: ['I have no idea', 'I have got no idea', 'beats me', 'I do not know anything about that', 'not a clue']
    }
  }),
  neverSay('company-policy', {
    'zh-CN': {
      text: '这是公司的规定。',
      why: '拿规定挡人，只讲制度不讲人情，顾客会觉得被拒之门外。',
      better: '我理解您的难处，我们看看在现有条件下能为您做些什么。',
      variants: ['这是我们公司的规定', '这是本公司的规定', '这是公司规定', '公司就是这么规定的', '公司就是这样规定的', '规定就是规定', '没办法，公司规定', '我们也是按规定办事']
    },
    en: {
      text: "That's company policy.",
      why: 'Hiding behind rules puts procedure above the person in front of you.',
      better: 'I understand this is difficult. Let me see what I can do for you.',
      variants: ['that is our policy', 'that is our company policy', 'that is store policy', 'that is the policy', 'those are the rules', 'rules are rules', 'I do not make the rules', 'policy is policy']
    }
  }),
  neverSay('nothing-can-be-done', {
    'zh-CN': {
      text: '这事儿没法办。',
      why: '一口回绝，把所有解决的路都堵死了。',
      better: '这个办法行不通，不过我们还可以试试另外两种。',
      variants: ['这事办不了', '这个办不了', '这个没法办', '没法办', '我也没办法', '我们也没办法', '无能为力', '爱莫能助'],
      // 没法办理 names a service this counter cannot process, usually with where it can be done.
      exceptions: ['没法办理']
    },
    en: {
      text: "There's nothing I can do.",
      why: 'A flat refusal closes every door to a solution.',
      better: "That option won't work, but there are two others we can try.",
      variants: ['there is nothing we can do', 'nothing I can do about it', 'nothing we can do about it', 'it can not be done', 'my hands are tied']
    }
  }),
  neverSay('cant-you-see-im-busy', {
    'zh-CN': {
      text: '没看我正忙着吗？一个一个来。',
      why: '让顾客觉得自己是个麻烦，被冷落了。',
      better: '不好意思让您久等，我处理完手上这件马上接待您，大约两分钟。',
      variants: ['没看…正忙', '没看…在忙', '一个一个来别挤', '后面排队去', '去后面排队']
    },
    en: {
      text: "Can't you see I'm busy?",
      why: 'It makes the customer feel like a nuisance.',
      better: "Sorry to keep you waiting. I'll be with you in about two minutes.",
      variants: ["don't you see I'm busy", 'wait your turn', 'get in line', 'go to the back of the line']
    }
  }),
  neverSay('others-are-fine', {
    'zh-CN': {
      text: '别人觉得挺好呀！',
      why: '暗示问题出在顾客自己身上，否定了他的感受。',
      better: '每个人的使用情况不一样，您遇到的问题我们一定认真对待。',
      variants: ['别人都觉得挺好', '别人…都说好', '别人…都没问题', '别人…都没意见', '人家都没说什么', '就你事多', '怎么就你…有问题', '其他顾客都没问题']
    },
    en: {
      text: 'Everyone else is fine with it.',
      why: 'It implies the problem is the customer, and brushes aside how they feel.',
      better: 'Everyone uses it differently, and I take what happened to you seriously.',
      variants: ['everyone else is happy with it', 'everybody else is fine with it', 'nobody else has complained', 'no one else has complained', 'nobody else has a problem with it', 'other customers are fine with it', 'you are the only one complaining']
    }
  }),
  neverSay('always-sold-this-way', {
    'zh-CN': {
      text: '我们一直都是这么卖的。',
      why: '拿惯例当理由，不肯承认可能存在的问题。',
      better: '谢谢您提出来，我们会检查这件商品，也会把说明讲得更清楚。',
      variants: ['一直都是这么卖', '一直都是这样卖', '一直这么卖', '一直这样卖', '向来都是这么卖', '都是这么卖的']
    },
    en: {
      text: "We've always sold it this way.",
      why: 'Habit is not a reason; it refuses to consider that something may be wrong.',
      better: "Thank you for raising it. We'll check the item and explain it better.",
      variants: ['we have always sold it like this', 'we have always done it this way', 'it has always been like this', 'that is how we have always done it', 'that is how we always sell it']
    }
  }),
  neverSay('hear-my-explanation-first', {
    'zh-CN': {
      text: '你先听我解释。',
      why: '打断顾客、急着为自己辩解，顾客会觉得没人听他说。',
      better: '您先说，我认真听完，再和您一起看怎么解决。',
      variants: ['先听我解释', '你先听我说', '你听我解释', '你听我说完', '你先让我说完', '你先别说了', '你别说了']
    },
    en: {
      text: 'Listen to me first.',
      why: "Interrupting to defend yourself tells the customer they weren't heard.",
      better: "Please go on. I'll hear you out, then we'll look at a solution together.",
      variants: ['let me explain first', 'first let me explain', 'just listen to me', 'hear me out first', 'you need to listen to me']
    }
  }),
  neverSay('partly-to-blame', {
    'zh-CN': {
      text: '你也有不对的地方。',
      why: '指责顾客只会引来争执，要先处理心情，再处理事情。',
      better: '我们一起看看问题出在哪里，怎样避免以后再发生。',
      variants: ['你也有不对', '你也有责任', '你自己也有问题', '你自己也有责任', '怪你自己', '你自己没看说明书', '你自己操作不当', '你使用不当']
    },
    en: {
      text: "You're partly to blame.",
      why: 'Blaming the customer starts an argument; feelings need handling before the facts.',
      better: "Let's look at what went wrong together, and how to stop it happening again.",
      variants: ['you are also to blame', 'you are to blame too', 'it is partly your fault', 'it is your fault too', 'this is partly your fault', 'you are partly responsible', 'you should have read the manual']
    }
  }),
  neverSay('how-dare-you-talk-like-that', {
    'zh-CN': {
      text: '你怎么这么讲话？',
      why: '跟顾客较劲比态度，只会让冲突升级。',
      better: '我能感觉到您很生气，这件事确实让您受委屈了。',
      variants: ['你怎么这么说话', '你怎么这样讲话', '你怎么这样说话', '你怎么说话的', '你怎么讲话的', '你这是什么态度', '注意你的态度', '你会不会说话']
    },
    en: {
      text: "Don't talk to me like that.",
      why: 'It turns the conversation into a contest about manners and escalates the conflict.',
      better: 'I can hear how upset you are, and you have every reason to be.',
      variants: ['do not speak to me like that', 'how dare you talk to me', 'how dare you speak to me', 'watch your tone', 'watch your language', 'who do you think you are talking to']
    }
  }),
  neverSay('complain-wherever-you-like', {
    'zh-CN': {
      text: '你爱告哪儿告哪儿。',
      why: '听起来像挑衅，把本来能当场解决的事推向外部投诉。',
      better: '我很希望由我们自己把这件事给您处理好，请给我们一次机会。',
      variants: ['爱告哪告哪', '爱去哪告就去哪告', '爱上哪告上哪告', '爱去哪投诉就去哪投诉', '随便你去哪告', '有本事你去告', '想告就去告']
    },
    en: {
      text: 'Complain wherever you like.',
      why: 'It sounds like a dare and pushes a fixable problem out of the shop.',
      better: "I'd really like us to put this right for you ourselves. Please give us the chance.",
      variants: ['complain wherever you want', 'complain to whoever you like', 'complain all you want', 'go ahead and complain', 'sue us if you want', 'report us if you like', 'report us if you want']
    }
  }),
  neverSay('go-to-the-consumer-association', {
    'zh-CN': {
      text: '你去找消协吧，这是他们的电话。',
      why: '把顾客推给外部机构，等于放弃了自己解决问题的责任。',
      better: '这件事我们负责到底，您先看看这个处理方案是否合适。',
      variants: ['你去找消协', '找消协去', '你去消协投诉', '你去消协告', '你打12315去', '你去打12315', '你找12315去', '你去找工商']
    },
    en: {
      text: 'Go to the consumer association.',
      why: 'Sending the customer elsewhere abandons responsibility for the problem.',
      better: "We'll take responsibility for this. Let me show you what we can do now.",
      variants: ['go to the consumer council', 'take it to the consumer association', 'take it up with the consumer association', 'go and complain to the consumer association', 'here is the number for the consumer association']
    }
  }),
  neverSay('calm-down', {
    'zh-CN': {
      text: '你冷静一点。',
      why: '叫顾客冷静等于说他无理取闹，只会火上浇油。',
      better: '遇到这种事，着急是很正常的，我们一起来解决。',
      variants: ['你冷静点', '你先冷静', '冷静一点', '你别激动', '别激动', '你激动什么', '你喊什么', '别嚷嚷', '别吵了'],
      // 特别激动 (very excited, thrilled) only contains 别激动.
      exceptions: ['特别激动']
    },
    en: {
      text: 'Calm down.',
      why: 'Telling someone to calm down dismisses their feelings and usually makes things worse.',
      better: "Anyone would be upset by this. Let's sort it out together.",
      variants: ['settle down', 'stop shouting', 'there is no need to shout', 'do not get so upset', 'do not be so emotional']
    }
  })
]

/** One tip per difficult customer (难伺候的顾客): usually tired, frustrated, ignored or protecting their dignity. */
const DIFFICULT_CUSTOMERS = [
  tip('irritable', {
    'zh-CN': '易怒的顾客：先让他把火发出来，不打断、不辩解，说话放慢放低，等情绪下来再谈办法。',
    en: 'Irritable customer: let them get it off their chest without interrupting or defending yourself; slow down, lower your voice, and talk about solutions once the heat has gone.'
  }),
  tip('endless-talker', {
    'zh-CN': '喋喋不休的顾客：耐心听完要点，用一句话复述他的诉求，再礼貌地把话题引到解决办法上。',
    en: 'Endless talker: once you have the main points, sum up their request in one sentence and steer politely towards a solution.'
  }),
  tip('rude', {
    'zh-CN': '粗鲁的顾客：不以牙还牙，也不接受人身攻击；平静地表明您想帮忙，必要时请主管在场。',
    en: "Rude customer: don't answer in kind, and don't accept personal abuse; say calmly that you want to help, and bring in a supervisor if needed."
  }),
  tip('eccentric', {
    'zh-CN': '古怪的顾客：不评判他的想法，先弄清他真正在意的是什么，再看能不能满足。',
    en: "Eccentric customer: don't judge the request; find out what really matters to them, then see what you can do."
  }),
  tip('indecisive', {
    'zh-CN': '犹豫不决的顾客：把选择减到两三个，讲清各自的利弊，给出您的建议，但让他自己决定。',
    en: 'Indecisive customer: narrow it down to two or three choices, explain the pros and cons of each, give your recommendation, and let them decide.'
  }),
  tip('domineering', {
    'zh-CN': '霸道的顾客：尊重他的身份和时间，说话简短直接，给出选项让他拍板，不跟他争输赢。',
    en: 'Domineering customer: respect their standing and their time, keep it short and direct, offer options for them to choose from, and never try to win the argument.'
  }),
  tip('drunk', {
    'zh-CN': '醉酒的顾客：先保证自己和旁人的安全，不争论、不承诺，请同事或主管协助，约他清醒后再谈。',
    en: "Drunk customer: keep yourself and others safe, don't argue or make promises, get a colleague or supervisor, and offer to talk again when they're sober."
  }),
  tip('critic', {
    'zh-CN': '爱挑剔的顾客：把批评当作改进的建议，谢谢他指出问题，用事实逐条回应。',
    en: 'Critic: treat the criticism as free advice, thank them for pointing it out, and answer each specific point with facts.'
  }),
  tip('arguer', {
    'zh-CN': '爱争辩的顾客：不争对错，先认同他有道理的地方，再把注意力拉回到解决方案上。',
    en: "Arguer: don't fight over who is right; agree with what is fair in their point, then bring the focus back to the solution."
  }),
  tip('troublemaker', {
    'zh-CN': '故意找茬的顾客：保持礼貌和专业，只谈事实，做好记录，按流程处理，必要时请主管出面。',
    en: 'Deliberate troublemaker: stay polite and professional, stick to the facts, keep a written record, follow the procedure, and involve a supervisor if needed.'
  })
]

export const DEFAULT_SCRIPT_LIBRARY: readonly DefaultPhrase[] = [
  ...EVERY_COMPLAINT,
  ...BY_CATEGORY,
  ...BY_PERSONALITY,
  ...BY_CATEGORY_AND_PERSONALITY,
  ...NEVER_SAY,
  ...DIFFICULT_CUSTOMERS
].flat()
