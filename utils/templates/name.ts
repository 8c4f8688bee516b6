/** How a template is named wherever Keel writes about it (the audit log, the popup, a chip): “name” v3. */
export const nameOf = (row: { name: string; version: number }) => `“${row.name}” v${row.version}`;

/** The audit log's detail for a reply posted from a template ("Mark replied" in the popup, "Log reply" on a chip). */
export const repliedWith = (row: { name: string; version: number }) => `With template ${nameOf(row)}`;
