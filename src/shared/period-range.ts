// The one check of a period's range, shared by every from / to pair the API takes (analytics
// periods and time dimensions, the flat post filter, taxonomy previews). A module of its own,
// free of GraphQL, so that the pure analytics modules can use it.
import { BadUserInputError } from "./errors";

/**
 * [from, to) must hold time: from comes strictly before to. Days "YYYY-MM-DD" (and the
 * date-times of the flat post filter) sort as text in time order. Each caller names the error
 * after its own arguments, as clients have read it so far: BAD_USER_INPUT with that message
 * and field.
 */
export function checkFromBeforeTo(
  range: { from: string; to: string },
  error: { message: string; field: string },
): void {
  if (range.from >= range.to) throw new BadUserInputError(error.message, error.field);
}
