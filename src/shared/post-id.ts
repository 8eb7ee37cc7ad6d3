// The API id of a post, "<source>:<externalId>" (sources contain no colon; external ids may).

export function splitPostId(id: string): { source: string; externalId: string } | null {
  const at = id.indexOf(":");
  return at <= 0 ? null : { source: id.slice(0, at), externalId: id.slice(at + 1) };
}
