// Runs the queued jobs of a database and exits, as the server's jobs worker would: a process
// for tests to kill in the middle of a job. Usage: node --import tsx run-jobs.ts DB_FILE_OR_URL
import { runQueuedJobs } from "../../src/classify/model.jobs";
import { openDb } from "../../src/db/client";
import { projectTaxonomy } from "./runtime";

const db = openDb(process.argv[2]!);
await runQueuedJobs(db, { taxonomy: projectTaxonomy(), mode: "candidates" });
db.$client.close();
