import { bench, describe } from 'vitest'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'

// The benchmark data set: the demo shop's generator at full scale.
const now = new Date('2026-11-24T09:00:00Z')

describe('demo shop generator', () => {
  bench('300 customers (first-run demo)', () => {
    generateDemoShop({ seed: 1, customerCount: 300, now, deviceId: 'bench' })
  })
  bench(
    '100,000 customers (benchmark data set)',
    () => {
      generateDemoShop({ seed: 1, customerCount: 100_000, now, deviceId: 'bench' })
    },
    { iterations: 3, warmupIterations: 0, time: 0 }
  )
})
