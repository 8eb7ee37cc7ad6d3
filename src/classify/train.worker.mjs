// Entry of the training worker thread: registers tsx's loader (the worker does not inherit the
// parent's), then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./train.worker.ts");
