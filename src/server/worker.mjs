// Entry of a pool worker process: registers tsx's loader (a forked process does not inherit the
// parent's), then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
