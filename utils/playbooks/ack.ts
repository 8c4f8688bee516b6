/**
 * The genuine-complaint playbook's clock: a complaint is acknowledged within
 * the workspace's target (rules.ackTargetMinutes), counted from when Keel first
 * saw it (the platform's own posting time is often only "2 days ago").
 */

export interface AckDeadline {
  /** When it is due (epoch ms). */
  dueAt: number;
  targetMinutes: number;
  /** Not acknowledged and past due, or acknowledged after it was due. */
  overdue: boolean;
  /** Whole minutes until due (0 when past due). */
  minutesLeft: number;
  /** Whole minutes past due (when acknowledged: how late it was; 0 when on time). */
  minutesLate: number;
  acknowledgedAt: number | null;
}

const MINUTE = 60_000;

export function ackDeadline(firstSeenAt: number, targetMinutes: number, now: number, acknowledgedAt: number | null = null): AckDeadline {
  const target = Math.max(0, Math.round(targetMinutes));
  const dueAt = firstSeenAt + target * MINUTE;
  const at = acknowledgedAt ?? now;
  const late = at > dueAt ? Math.ceil((at - dueAt) / MINUTE) : 0;
  return {
    dueAt,
    targetMinutes: target,
    overdue: at > dueAt,
    minutesLeft: acknowledgedAt === null && now < dueAt ? Math.ceil((dueAt - now) / MINUTE) : 0,
    minutesLate: late,
    acknowledgedAt,
  };
}

/** When a complaint was first acknowledged: the step ticked, or a reply or a call (which acknowledge it too). */
export function acknowledgedAt(stepAt: number | null | undefined, done: { 'replied-offline'?: number; contacted?: number }): number | null {
  const times = [stepAt, done['replied-offline'], done.contacted].filter((t): t is number => typeof t === 'number');
  return times.length ? Math.min(...times) : null;
}

/** "45 min", "2 h", "1 h 30 min", "3 days". */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) {
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  return `${Math.floor(m / (24 * 60))} days`;
}

/** The deadline in words, given how to write a time ("14:05"). */
export function ackWords(d: AckDeadline, time: (ms: number) => string): string {
  if (d.acknowledgedAt !== null) {
    return d.overdue ? `Acknowledged ${duration(d.minutesLate)} after the deadline (${time(d.dueAt)}).` : `Acknowledged in time (due ${time(d.dueAt)}).`;
  }
  if (d.overdue) return `Overdue by ${duration(d.minutesLate)}: it was due at ${time(d.dueAt)}. Acknowledge it now.`;
  return `Due by ${time(d.dueAt)}: ${duration(d.minutesLeft)} left (target ${duration(d.targetMinutes)} from first seen).`;
}
