import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import type { KeelDb } from '@/utils/db';
import '@/utils/model';
import { IncidentReport } from './IncidentReport';
import { type LoadedPacket, type LoadedReport, loadIncidentReport, loadPolicePacket } from './load';
import { PolicePacket } from './PolicePacket';

/** report.html?incident=<id>[&kind=police] or report.html?page=<pageKey>&kind=police */
export const ReportParamsSchema = z.union([
  z.object({ incident: z.string().min(1).max(200), kind: z.enum(['report', 'police']).default('report') }),
  z.object({ page: z.url({ protocol: /^https?$/ }).max(4_000), kind: z.literal('police') }),
]);
export type ReportParams = z.infer<typeof ReportParamsSchema>;

export function parseReportParams(search: string): { ok: true; params: ReportParams } | { ok: false; error: string } {
  const raw = Object.fromEntries(new URLSearchParams(search));
  const parsed = ReportParamsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, params: parsed.data };
  return {
    ok: false,
    error: 'This address does not name an incident. Open the report from Keel’s settings (Incidents), or use report.html?incident=<id>.',
  };
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'report'; data: LoadedReport }
  | { kind: 'police'; data: LoadedPacket };

export function ReportPage({ db, search }: { db: KeelDb; search: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const p = parseReportParams(search);
    if (!p.ok) {
      setState({ kind: 'error', text: p.error });
      return;
    }
    const { params } = p;
    const job =
      'page' in params
        ? loadPolicePacket(db, { pageKey: params.page }).then((data) => ({ kind: 'police' as const, data }))
        : params.kind === 'police'
          ? loadPolicePacket(db, { incident: params.incident }).then((data) => ({ kind: 'police' as const, data }))
          : loadIncidentReport(db, params.incident).then((data) => ({ kind: 'report' as const, data }));
    job.then(
      (s) => {
        setState(s);
        document.title = s.kind === 'police' ? `Police packet: ${s.data.packet.title} – Keel` : `Incident report: ${s.data.model.title} – Keel`;
      },
      (err: unknown) => setState({ kind: 'error', text: err instanceof Error ? err.message : String(err) }),
    );
  }, [db, search]);

  if (state.kind === 'loading') return <main class="report" aria-busy="true" />;
  if (state.kind === 'error')
    return (
      <main class="report">
        <h1>Keel report</h1>
        <p class="error" role="alert">
          {state.text}
        </p>
      </main>
    );
  if (state.kind === 'police') return <PolicePacket packet={state.data.packet} files={state.data.files} />;
  return <IncidentReport model={state.data.model} business={state.data.business} files={state.data.files} db={db} />;
}
