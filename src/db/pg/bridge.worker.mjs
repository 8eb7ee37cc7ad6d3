// Entry of the PostgreSQL bridge thread: registers tsx's loader (a worker thread does not inherit
// the parent's), then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./bridge.worker.ts");
