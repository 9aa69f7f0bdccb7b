// Every unit test gets a fresh in-memory IndexedDB (fake-indexeddb), so data-layer tests run in Node.
import 'fake-indexeddb/auto'
