/**
 * Messages of the store layer: extension pages and content scripts → background, which alone
 * opens the IndexedDB library. Entries are added by the store feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the store feature
export interface StoreProtocol {}
