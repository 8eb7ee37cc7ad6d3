// Bootstrap: npm start serves the API (see src/cli/serve.ts).
import "reflect-metadata";
import { serve } from "./cli/serve";

await serve();
