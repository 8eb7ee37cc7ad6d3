// Editors racing on the dictionary: rounds of edits that all expect the same taxonomyVersion, sent
// at once to one or more server processes. Exactly one edit per version may land; every other
// one must get CONFLICT, never an internal error.
import { expect } from "vitest";
import { graphql } from "../gql";
import type { ServerProcess } from "./processes";

const TaxonomyVersion = graphql(`
  query RaceTaxonomyVersion {
    taxonomyVersion
    buckets {
      id
    }
  }
`);

const RenameBucket = graphql(`
  mutation RaceRenameBucket($bucketId: ID!, $name: String!, $expectedVersion: Int!) {
    renameBucket(bucketId: $bucketId, name: $name, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export interface EditOutcome {
  expectedVersion: number;
  /** The version the edit made, when it landed. */
  version: number | null;
  /** The error code, when it did not. */
  code: string | null;
  message: string | null;
}

export async function taxonomyVersion(server: ServerProcess): Promise<number> {
  return (await server.gql(TaxonomyVersion)).data!.taxonomyVersion;
}

/**
 * `clients` editors, each repeating until `stop()` says so (or `rounds` times): read the version
 * from one server, then send `perRound` renames of the same bucket expecting it, spread over all
 * servers at once.
 */
export async function raceEdits(
  servers: ServerProcess[],
  key: string,
  opts: { clients: number; perRound: number; rounds?: number; stop?: () => boolean },
): Promise<EditOutcome[]> {
  const first = await servers[0]!.gql(TaxonomyVersion);
  const bucketId = first.data!.buckets[0]!.id;
  const outcomes: EditOutcome[] = [];
  let names = 0;
  const client = async (c: number) => {
    for (let round = 0; round < (opts.rounds ?? Infinity) && !opts.stop?.(); round++) {
      const expectedVersion = await taxonomyVersion(servers[(c + round) % servers.length]!);
      const sent = Array.from({ length: opts.perRound }, async (_, i) => {
        const server = servers[(c + i) % servers.length]!;
        const res = await server.gql(
          RenameBucket,
          { bucketId, name: `Race ${++names}`, expectedVersion },
          key,
        );
        const error = res.errors?.[0];
        outcomes.push({
          expectedVersion,
          version: res.data?.renameBucket.version ?? null,
          code: error ? String(error.extensions?.code ?? "NO_CODE") : null,
          message: error?.message ?? null,
        });
      });
      await Promise.all(sent);
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  return outcomes;
}

/** Every edit landed or got CONFLICT, and the versions from..to were each made by exactly one edit. */
export function expectOneWinnerPerVersion(outcomes: EditOutcome[], from: number, to: number): void {
  const failures = outcomes.filter((o) => o.version === null && o.code !== "CONFLICT");
  expect(failures, "edits that neither landed nor got CONFLICT").toEqual([]);
  const landed = outcomes.filter((o) => o.version !== null);
  for (const o of landed) expect(o.version).toBe(o.expectedVersion + 1);
  const versions = landed.map((o) => o.version!).sort((a, b) => a - b);
  expect(versions).toEqual(Array.from({ length: to - from }, (_, i) => from + 1 + i));
}
