// Saved queries: an editor saves a GraphQL query with its variables under a name, and anyone who
// may read gets its answer at GET /export/NAME.csv or /export/NAME.json, variables overridable
// from the URL. A query is checked when it is saved by the rules of a request to /graphql
// (parse, schema, depth, cost with its saved variables), so a broken one never gets a name.
// Saving over a name needs its current version (CONFLICT otherwise), as dictionary edits do.
import {
  GraphQLError,
  Kind,
  getOperationAST,
  parse,
  print,
  specifiedRules,
  validate,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { writeTransaction, type Db } from "../db/client";
import type { OperationLimits } from "../shared/context";
import { BadUserInputError, ConflictError, invariant, NotFoundError } from "../shared/errors";
import {
  deleteSavedQueryRow,
  findSavedQuery,
  insertSavedQuery,
  listSavedQueries,
  updateSavedQuery,
  type SavedQueryRow,
} from "./saved-query.repository";
import { checkVariables, overrideVariables } from "./variable-overrides";

/**
 * A name is a URL path segment: 1 to 64 lower-case letters, digits, `-` and `_`, starting with a
 * letter or digit (`ai-share-by-category`). No dot, so `/export/NAME.csv` reads one way only.
 */
const SAVED_QUERY_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A variable of a saved query, as a URL parameter sets it. */
interface SavedQueryParameter {
  name: string;
  /** The declared type as written, e.g. "[ID!]!". */
  type: string;
  /** The saved value, else the declared default, else null. */
  value: unknown;
  required: boolean;
}

/** A saved query as the API shows it: its variables parsed, its parameters listed. */
export interface SavedQueryRecord extends Omit<SavedQueryRow, "variables"> {
  variables: Record<string, unknown>;
  parameters: SavedQueryParameter[];
}

interface SaveQueryInput {
  name: string;
  query: string;
  variables?: unknown;
  operationName?: string | null;
  description?: string | null;
  /** The version the save is based on: omitted to create, the current one to overwrite. */
  expectedVersion?: number | null;
}

/** The operation's variables with their saved or default values. */
function parametersOf(
  operation: OperationDefinitionNode,
  saved: Record<string, unknown>,
): SavedQueryParameter[] {
  return (operation.variableDefinitions ?? []).map((def) => {
    const name = def.variable.name.value;
    const given = Object.hasOwn(saved, name);
    const fallback = def.defaultValue ? valueFromASTUntyped(def.defaultValue) : null;
    return {
      name,
      type: print(def.type),
      value: given ? saved[name] : fallback,
      required: def.type.kind === Kind.NON_NULL_TYPE && !given && !def.defaultValue,
    };
  });
}

function record(row: SavedQueryRow): SavedQueryRecord {
  const variables = JSON.parse(row.variables) as Record<string, unknown>;
  const operation = getOperationAST(parse(row.query), row.operationName);
  return { ...row, variables, parameters: operation ? parametersOf(operation, variables) : [] };
}

function checkName(name: string): void {
  if (!SAVED_QUERY_NAME.test(name))
    throw new BadUserInputError(
      `A saved query's name is 1 to 64 lower-case letters, digits, "-" and "_", starting with a letter or digit (it is a URL path: /export/NAME.csv); got ${JSON.stringify(name)}.`,
      "name",
    );
}

function variablesObject(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value))
    throw new BadUserInputError("variables must be a JSON object of the query's variables.", "variables");
  return value as Record<string, unknown>;
}

/** A GraphQLError thrown by a limit, as BAD_USER_INPUT naming `field` (keeping its own extensions). */
function asUserInput(e: unknown, field: string): unknown {
  if (!(e instanceof GraphQLError)) return e;
  const { http: _http, code, field: _field, ...extensions } = e.extensions;
  return new BadUserInputError(e.message, field, { ...extensions, ...(code ? { reason: code } : {}) });
}

/**
 * The operation a saved query runs, checked as a request to /graphql would be: it parses, fits
 * the schema and the depth limits, names one query operation (never a mutation: a GET must not
 * write), its saved variables are declared and of the right types, and its cost with them is
 * within the limit. Each refusal is BAD_USER_INPUT naming the argument at fault.
 */
function checkSavedOperation(
  schema: GraphQLSchema,
  limits: OperationLimits,
  input: { query: string; operationName?: string | null; variables: Record<string, unknown> },
): { document: DocumentNode; operation: OperationDefinitionNode } {
  let document: DocumentNode;
  try {
    limits.checkNesting(input.query);
    document = parse(input.query, limits.parseOptions);
  } catch (e) {
    throw asUserInput(e, "query");
  }
  const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (errors.length > 0)
    throw new BadUserInputError(
      `The query does not fit the schema: ${errors.map((e) => e.message).join(" ")}`,
      "query",
    );
  const operation = getOperationAST(document, input.operationName ?? null);
  if (!operation)
    throw input.operationName
      ? new BadUserInputError(`The query has no operation named "${input.operationName}".`, "operationName")
      : new BadUserInputError(
          "The query has several operations: name the one to save with operationName.",
          "operationName",
        );
  if (operation.operation !== "query")
    throw new BadUserInputError(
      `Only queries can be saved: a saved query is answered over GET, which never writes (this is a ${operation.operation}).`,
      "query",
    );
  try {
    limits.checkNesting("", input.variables); // the text was measured above
  } catch (e) {
    const variable = e instanceof GraphQLError ? e.extensions.field : undefined;
    throw asUserInput(e, typeof variable === "string" ? `variables.${variable}` : "variables");
  }
  const declared = new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value));
  const unknown = Object.keys(input.variables).find((name) => !declared.has(name));
  if (unknown !== undefined)
    throw new BadUserInputError(`The query declares no variable "$${unknown}".`, `variables.${unknown}`);
  checkVariables(schema, operation, input.variables, { prefix: "variables.", partial: true });
  try {
    limits.checkCost(schema, document, operation, input.variables);
  } catch (e) {
    throw asUserInput(e, "query");
  }
  return { document, operation };
}

export function savedQuery(db: Db, name: string): SavedQueryRecord | null {
  const row = findSavedQuery(db, name);
  return row ? record(row) : null;
}

export function savedQueries(db: Db): SavedQueryRecord[] {
  return listSavedQueries(db).map(record);
}

/**
 * Saves a query under a name: creates it (version 1) when `expectedVersion` is omitted and the
 * name is free; overwrites it (version + 1) when `expectedVersion` is its current version.
 * Anything else is CONFLICT with the current version, so two editors never overwrite each
 * other's work unseen.
 */
export function saveQuery(
  db: Db,
  schema: GraphQLSchema,
  limits: OperationLimits,
  actor: string,
  input: SaveQueryInput,
): SavedQueryRecord {
  checkName(input.name);
  const variables = variablesObject(input.variables);
  checkSavedOperation(schema, limits, { query: input.query, operationName: input.operationName, variables });
  const now = new Date().toISOString();
  const expected = input.expectedVersion ?? null;
  return writeTransaction(db, () => {
    const current = findSavedQuery(db, input.name);
    const fields = {
      description: input.description ?? null,
      query: input.query,
      operationName: input.operationName ?? null,
      variables: JSON.stringify(variables),
      updatedAt: now,
      updatedBy: actor,
    };
    if (!current) {
      if (expected !== null)
        throw new ConflictError(
          `No query is saved as "${input.name}" (it may have been deleted): save it without expectedVersion to create it.`,
          { field: "expectedVersion", currentVersion: null, expectedVersion: expected },
        );
      insertSavedQuery(db, { name: input.name, ...fields, version: 1, createdAt: now, createdBy: actor });
    } else {
      if (expected !== current.version)
        throw new ConflictError(
          expected === null
            ? `A query is already saved as "${input.name}" (version ${current.version}): to overwrite it, save with expectedVersion: ${current.version}.`
            : `The query saved as "${input.name}" changed: it is at version ${current.version}, not ${expected}. Read it again and save with expectedVersion: ${current.version}.`,
          { field: "expectedVersion", currentVersion: current.version, expectedVersion: expected },
        );
      updateSavedQuery(db, input.name, { ...fields, version: current.version + 1 });
    }
    const saved = findSavedQuery(db, input.name);
    invariant(saved, `saved query ${input.name} is written in this transaction`);
    return record(saved);
  });
}

/** Deletes a saved query at its current version; returns what was deleted. */
export function deleteSavedQuery(db: Db, name: string, expectedVersion: number): SavedQueryRecord {
  return writeTransaction(db, () => {
    const current = findSavedQuery(db, name);
    if (!current) throw new NotFoundError(`No query is saved as "${name}".`, { field: "name" });
    if (current.version !== expectedVersion)
      throw new ConflictError(
        `The query saved as "${name}" changed: it is at version ${current.version}, not ${expectedVersion}. Read it again before deleting it.`,
        { field: "expectedVersion", currentVersion: current.version, expectedVersion },
      );
    deleteSavedQueryRow(db, name);
    return record(current);
  });
}

/** What to run for a saved query over HTTP: its text and operation, its variables with the URL's laid over them. */
export interface SavedQueryRun {
  name: string;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/**
 * The request a saved query makes with the URL's overrides: the saved variables, then those of
 * a `variables` JSON object, then one URL parameter per variable (typed by its declaration, see
 * variable-overrides.ts). NOT_FOUND when no query has the name; BAD_USER_INPUT naming the
 * variable when an override does not fit. The text itself is checked again when it runs.
 */
export function savedQueryRun(
  db: Db,
  schema: GraphQLSchema,
  name: string,
  overrides: { variables?: Record<string, unknown>; params?: Readonly<Record<string, string>> } = {},
): SavedQueryRun {
  const saved = findSavedQuery(db, name);
  if (!saved)
    throw new NotFoundError(
      `No query is saved as ${JSON.stringify(name)}. The query savedQueries { name } lists the saved queries.`,
      { name },
    );
  const document = parse(saved.query);
  const operation = getOperationAST(document, saved.operationName);
  invariant(operation, `saved query ${name} was checked to name an operation of its text`);
  const variables = overrideVariables(
    schema,
    operation,
    { ...(JSON.parse(saved.variables) as Record<string, unknown>), ...overrides.variables },
    overrides.params ?? {},
  );
  checkVariables(schema, operation, variables);
  return {
    name,
    query: saved.query,
    operationName: saved.operationName ?? undefined,
    variables,
    document,
    operation,
  };
}
