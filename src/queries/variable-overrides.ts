// Variables of a saved query overridden from a URL's query string (`?from=2023-01-01&first=20`):
// each text is turned into a value of the variable's declared GraphQL type, so that a BI tool can
// change a saved query's variables without writing JSON. Pure: the schema and the operation in,
// values or an error naming the variable out.
import {
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  typeFromAST,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  GraphQLString,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { BadUserInputError } from "../shared/errors";

/** A variable's value that could not be read from its text: says which and why, for a 400. */
function badOverride(name: string, type: GraphQLInputType, text: string, why: string): BadUserInputError {
  return new BadUserInputError(
    `Variable "$${name}" (${type.toString()}) cannot be ${JSON.stringify(text)}: ${why}.`,
    name,
  );
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The value of one URL parameter for a variable of `type`. Int, Float and Boolean (`true`,
 * `false`, `1`, `0`) are read as such; String, ID, enums and custom scalars (Date) stay text;
 * an input object is JSON; a list is JSON (`[...]`) or comma-separated items. An empty text is
 * null (an empty String stays ""). Values are checked against the type afterwards
 * (checkVariables), so an enum value that does not exist is refused there.
 */
function valueOfText(name: string, type: GraphQLInputType, text: string): unknown {
  const inner = getNullableType(type);
  if (text === "" && inner !== GraphQLString) return null;
  if (isListType(inner)) {
    if (text.trimStart().startsWith("[")) {
      const parsed = parseJson(text);
      if (!parsed.ok) throw badOverride(name, type, text, "it starts with [ but is not a JSON list");
      return parsed.value;
    }
    const itemType = inner.ofType as GraphQLInputType;
    if (isListType(getNullableType(itemType)))
      throw badOverride(name, type, text, "a list of lists must be written as JSON");
    return text.split(",").map((item) => valueOfText(name, itemType, item.trim()));
  }
  if (inner === GraphQLInt) {
    if (!/^[+-]?\d+$/.test(text.trim())) throw badOverride(name, type, text, "it is not a whole number");
    return Number(text);
  }
  if (inner === GraphQLFloat) {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n)) throw badOverride(name, type, text, "it is not a number");
    return n;
  }
  if (inner === GraphQLBoolean) {
    const t = text.trim().toLowerCase();
    if (t === "true" || t === "1") return true;
    if (t === "false" || t === "0") return false;
    throw badOverride(name, type, text, "write true or false");
  }
  if (isInputObjectType(inner)) {
    const parsed = parseJson(text);
    if (
      !parsed.ok ||
      typeof parsed.value !== "object" ||
      parsed.value === null ||
      Array.isArray(parsed.value)
    )
      throw badOverride(name, type, text, `a ${inner.name} is written as a JSON object`);
    return parsed.value;
  }
  // Enum values, String, ID and custom scalars (Date) are written as they are.
  return text;
}

/**
 * The saved variables with the URL's parameters laid over them, one parameter per variable,
 * named without `$`. A parameter that names no variable of the operation is refused (a typo
 * would otherwise be ignored silently), as is a text that is not a value of its variable's type.
 */
export function overrideVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  saved: Readonly<Record<string, unknown>>,
  params: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const declared = new Map<string, GraphQLInputType>();
  for (const def of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (type) declared.set(def.variable.name.value, type);
  }
  const out: Record<string, unknown> = { ...saved };
  for (const [name, text] of Object.entries(params)) {
    const type = declared.get(name);
    if (!type) {
      const names = [...declared.keys()];
      throw new BadUserInputError(
        `The query has no variable "$${name}"; ${
          names.length > 0 ? `its variables are ${names.join(", ")}` : "it has no variables"
        }.`,
        name,
      );
    }
    out[name] = valueOfText(name, type, text);
  }
  return out;
}

/**
 * Checks variables against the operation's declarations: BAD_USER_INPUT naming the first
 * variable that does not fit (the field is the variable's name, prefixed with `prefix`).
 * `partial`: variables not given are not required (a saved query may leave some to the URL).
 */
export function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  { prefix = "", partial = false }: { prefix?: string; partial?: boolean } = {},
): void {
  const defs = (operation.variableDefinitions ?? []).filter(
    (d) => !partial || Object.hasOwn(variables, d.variable.name.value),
  );
  const coerced = getVariableValues(schema, defs, variables, { maxErrors: 1 });
  if (!coerced.errors) return;
  const error = coerced.errors[0];
  const name = defs.find((d) => error?.message.includes(`"$${d.variable.name.value}"`))?.variable.name.value;
  const missing = name !== undefined && !Object.hasOwn(variables, name);
  throw new BadUserInputError(
    missing
      ? `${error?.message ?? "A variable is missing."} Give it in the URL (?${name}=...) or in the variables parameter.`
      : (error?.message ?? "The variables do not fit the query."),
    name === undefined ? prefix.replace(/\.$/, "") || undefined : `${prefix}${name}`,
  );
}
