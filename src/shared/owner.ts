// Who is running a long piece of work (an import, a job), and whether that process is gone. A
// running import or job records its owner ("<host>:<pid>") and refreshes a heartbeat; work whose
// owner died (kill -9, a crash, a power cut) is found at the next start and marked interrupted.
import os from "node:os";

/** How long a heartbeat stays fresh for an owner on another host (whose pid cannot be checked). */
export const HEARTBEAT_STALE_MS = 10 * 60_000;

/** This process as an owner: "<host>:<pid>". */
export function processOwner(): string {
  return `${os.hostname()}:${process.pid}`;
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * True when the owner of running work can no longer be working on it: on this host, its
 * process is gone (or is this very process, which has not started it); elsewhere, its
 * heartbeat is older than HEARTBEAT_STALE_MS. No owner at all counts as gone.
 */
export function ownerIsGone(owner: string | null, heartbeatAt: string | null, now = Date.now()): boolean {
  if (!owner) return true;
  const at = owner.lastIndexOf(":");
  const host = owner.slice(0, at);
  const pid = Number(owner.slice(at + 1));
  if (host === os.hostname() && Number.isInteger(pid)) return pid === process.pid || !pidIsAlive(pid);
  const beat = heartbeatAt ? Date.parse(heartbeatAt) : NaN;
  return !Number.isFinite(beat) || now - beat > HEARTBEAT_STALE_MS;
}
