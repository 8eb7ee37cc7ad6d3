// Tests that count the statements a request runs leave out the in-process job runner's: it polls
// for queued jobs once a second (BEGIN IMMEDIATE, a claim on training_jobs, COMMIT, and the
// busy_timeout pragmas around them), whenever the timer falls.
export const JOB_RUNNER_SQL = /training_jobs|^\s*(BEGIN|COMMIT|ROLLBACK|PRAGMA)\b/i;
