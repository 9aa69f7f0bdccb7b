/**
 * In a browser, IndexedDB data is "best effort" unless the origin is granted persistent
 * storage; without it the browser may evict the shop's data when the disk runs low.
 */
export type PersistenceStatus = 'persisted' | 'not-persisted' | 'unsupported'

export async function requestPersistentStorage(): Promise<PersistenceStatus> {
  const storage = navigator.storage as StorageManager | undefined
  if (!storage?.persist || !storage.persisted) return 'unsupported'
  if (await storage.persisted()) return 'persisted'
  return (await storage.persist()) ? 'persisted' : 'not-persisted'
}
