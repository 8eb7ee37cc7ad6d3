// How a query worker executes an operation. A query runs through graphql-jit, which compiles it
// once into a function (kept as long as Apollo keeps the parsed document) and then does a
// fraction of graphql-js's work per field: the 2,181 rows of an ad-hoc analytics answer took
// 16.5 ms to execute and serialize with graphql-js, 10.3 ms compiled, for the same JSON
// (bench/README.md). A query's variables are coerced by graphql-js, as its execute does (so
// their defaults, errors and values are graphql-js's own), and handed to the compiled function
// as they are: graphql-jit's own coercion left out the defaults of input fields, worded its
// errors differently, and recursed without end on a recursive input type such as
// AnalyticsQuery.where's FilterGroupInput. graphql-js runs instead:
// - an operation whose variables graphql-js refuses (its errors, as before);
// - an operation with a variable inside a list or an input object whose value is missing or
//   null: graphql-js then applies the field's default or refuses the argument, graphql-jit would
//   leave a null there;
// - mutations: one engine for every write;
// - operations graphql-jit cannot compile (it says so instead of returning a function).
// A compiled query's answer without errors is also written as JSON by the serializer graphql-jit
// generates for it (fast-json-stringify, from the query's types; not for a query with a field of
// a custom scalar such as Date): the same text as JSON.stringify, 1.0 ms instead of 1.6 ms for
// those 2,181 rows.
import {
  GraphQLError,
  Kind,
  execute,
  getVariableValues,
  printSchema,
  specifiedScalarTypes,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type Source,
  type TypeNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { GraphQLJSON } from "graphql-scalars";
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import type { AppContext } from "../shared/context";
import { responseJson } from "./apollo";

type Gateway = ApolloServerOptionsWithGateway<AppContext>["gateway"];

/** What execution needs of Apollo's request (its GatewayGraphQLRequestContext). */
export interface OperationToRun {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  request: { operationName?: string | null; variables?: Record<string, unknown> };
  context: AppContext;
}

interface Compiled {
  query: CompiledQuery;
  /** The variables used inside a list or an input object, rather than as a whole argument. */
  nested: string[];
}

const BUILT_IN_SCALARS = new Set(specifiedScalarTypes.map((type) => type.name));

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

export class CompiledQueries {
  /** Per parsed document and operation name: its compiled query, or null to run graphql-js. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();
  /** Per answer's data (compiled, without errors): the serializer of the query that answered it. */
  private readonly serializers = new WeakMap<object, CompiledQuery["stringify"]>();
  /**
   * Whether the schema has graphql-scalars' JSON scalar, which passes a value through as it is:
   * graphql-jit is told that variables other than built-in scalars are of that type (compile).
   */
  private readonly hasJson: boolean;

  constructor(private readonly schema: GraphQLSchema) {
    this.hasJson = schema.getType(GraphQLJSON.name) === GraphQLJSON;
  }

  /** Whether the operation runs compiled (with these variables, when it has any). */
  isCompiled(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables?: Record<string, unknown>,
  ): boolean {
    const compiled = this.compiledFor(document, operation);
    return compiled !== null && this.variablesFor(compiled, operation, variables) !== null;
  }

  async execute({ document, operation, request, context }: OperationToRun): Promise<ExecutionResult> {
    const compiled = this.compiledFor(document, operation);
    const variables = compiled && this.variablesFor(compiled, operation, request.variables);
    if (!compiled || !variables)
      return execute({
        schema: this.schema,
        document,
        operationName: request.operationName,
        variableValues: request.variables,
        contextValue: context,
      });
    const { query } = compiled;
    const result = await query.query(undefined, context, variables);
    if (!result.errors) {
      if (result.data) this.serializers.set(result.data, query.stringify);
      return result;
    }
    const source = document.loc?.source;
    return { ...result, errors: result.errors.map((e) => asGraphQLJsError(e, source)) };
  }

  /** The response body of a result (apollo.ts's responseJson), by its query's serializer when it has one. */
  responseJson(result: FormattedExecutionResult): string {
    const stringify = result.data && !result.errors ? this.serializers.get(result.data) : undefined;
    return stringify ? `${stringify({ data: result.data })}\n` : responseJson(result);
  }

  /** An Apollo "gateway" that only executes: Apollo parses, validates and formats as before. */
  gateway(): Gateway {
    const apiSchema = this.schema;
    return {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema, coreSupergraphSdl: printSchema(apiSchema) });
        return () => {};
      },
      load: () => Promise.resolve({ executor: (ctx) => this.execute(ctx as unknown as OperationToRun) }),
      stop: () => Promise.resolve(),
    };
  }

  private compiledFor(document: DocumentNode, operation: OperationDefinitionNode): Compiled | null {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    const name = operation.name?.value ?? "";
    let compiled = byName.get(name);
    if (compiled === undefined) {
      compiled = operation.operation === "query" ? this.compile(document, name || undefined) : null;
      byName.set(name, compiled);
    }
    return compiled;
  }

  /**
   * The operation's variables as graphql-js coerces them for its execute; null when graphql-js
   * is to run it instead: it refuses them, or a variable used inside a list or an input object
   * is missing or null.
   */
  private variablesFor(
    { nested }: Compiled,
    operation: OperationDefinitionNode,
    inputs: Record<string, unknown> | undefined,
  ): Record<string, unknown> | null {
    if (!operation.variableDefinitions?.length) return {};
    const { coerced } = getVariableValues(this.schema, operation.variableDefinitions, inputs ?? {}, {
      maxErrors: 50, // as graphql-js's execute
    });
    if (!coerced || nested.some((name) => coerced[name] == null)) return null;
    return coerced;
  }

  /**
   * The operation compiled with its JSON serializer; without one when graphql-jit cannot make
   * it (a field of a custom scalar, such as Date: its answer is then written by JSON.stringify);
   * null when it cannot be compiled at all. Its variables other than built-in scalars are declared
   * as JSON, without their defaults: their values are graphql-js's (variablesFor), defaults
   * applied, and go through as they are.
   */
  private compile(document: DocumentNode, name: string | undefined): Compiled | null {
    const nested = new Set<string>();
    let passedThrough = false;
    const compilable = visit(document, {
      // A variable of a built-in scalar keeps its type: graphql-jit accepts graphql-js's values
      // of those, and checks that @skip and @include are given a Boolean.
      VariableDefinition: (definition) => {
        if (BUILT_IN_SCALARS.has(namedType(definition.type))) return undefined;
        passedThrough = true;
        return {
          ...definition,
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: GraphQLJSON.name } },
          defaultValue: undefined,
        };
      },
      Variable: (variable, _key, parent) => {
        const whole =
          parent &&
          "kind" in parent &&
          (parent.kind === Kind.ARGUMENT || parent.kind === Kind.VARIABLE_DEFINITION);
        if (!whole) nested.add(variable.name.value);
      },
    });
    if (passedThrough && !this.hasJson) return null;
    for (const customJSONSerializer of [true, false]) {
      const query = compileQuery(this.schema, compilable, name, { customJSONSerializer });
      if (isCompiledQuery(query)) return { query, nested: [...nested] };
    }
    return null;
  }
}

/**
 * graphql-js's error for one of graphql-jit's, which lacks `extensions` when its cause had none
 * (an error thrown by a resolver: Apollo reads their code, and would answer "Internal server
 * error" without its path). The locations come back from their positions in the query text.
 */
function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  if (error.extensions) return error;
  const positions =
    source && error.locations?.map(({ line, column }) => lineStart(source.body, line) + column - 1);
  return new GraphQLError(error.message, {
    source,
    positions,
    path: error.path,
    originalError: error.originalError ?? error,
  });
}

/** The offset where line `line` (from 1) of `body` starts, with graphql-js's line breaks. */
function lineStart(body: string, line: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = /\r\n|[\n\r]/g;
    next.lastIndex = start;
    const m = next.exec(body);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return start;
}
