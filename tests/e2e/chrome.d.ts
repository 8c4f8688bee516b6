// The little of the `chrome` API the tests call inside the service worker.
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
};
