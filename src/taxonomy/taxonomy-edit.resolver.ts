// Dictionary edits (editors), revert (admins), previews, history and triage (readers).
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { actorName, type AppContext } from "../shared/context";
import { decodeCursor, encodeCursor } from "../shared/cursor";
import { BadUserInputError } from "../shared/errors";
import { checkPageSize, pageInfoOf } from "../shared/paging";
import { checkPeriodRange, PeriodInput } from "../shared/period.input";
import { EDIT_ARG } from "./taxonomy-edit.args";
import { applyEdit, type EditResult, type TaxonomyOp } from "./taxonomy-edit.service";
import {
  TaxonomyChangeConnection,
  TaxonomyEdit,
  TaxonomySnapshot,
  UnmappedSkill,
} from "./taxonomy-edit.type";
import { changesSince, dictionaryVersion } from "./taxonomy-history";
import { currentVersion } from "./taxonomy.repository";
import { AliasKind } from "./taxonomy.type";
import { unmappedSkills } from "./unmapped-skills";

const EXPECTED = EDIT_ARG.expectedVersion;

function edit(ctx: AppContext, expectedVersion: number, op: TaxonomyOp): TaxonomyEdit {
  return toEdit(applyEdit(ctx.db, actorName(ctx), expectedVersion, op));
}

function toEdit(r: EditResult): TaxonomyEdit {
  return {
    ...r,
    alias: r.alias ? { alias: r.alias.alias, kind: r.alias.kind as AliasKind } : null,
  };
}

@Resolver()
export class TaxonomyEditResolver {
  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, { description: "Adds an empty bucket at the end of the dictionary." })
  createBucket(
    @Arg("name", (_type) => String, EDIT_ARG.bucketName) name: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "createBucket", name });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Renames a bucket (editor); its id, and every answer's counts, stay.",
  })
  renameBucket(
    @Arg("bucketId", (_type) => ID, EDIT_ARG.bucketId) bucketId: string,
    @Arg("name", (_type) => String, EDIT_ARG.bucketName) name: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "renameBucket", bucketId, name });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Deletes a bucket; one that still has skills needs cascade: true (which deletes them too).",
  })
  deleteBucket(
    @Arg("bucketId", (_type) => ID, EDIT_ARG.bucketId) bucketId: string,
    @Arg("cascade", (_type) => Boolean, { defaultValue: false, ...EDIT_ARG.cascade }) cascade: boolean,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "deleteBucket", bucketId, cascade });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description:
      "Adds a skill without aliases at the end of a bucket (editor); add aliases to map posts to it.",
  })
  createSkill(
    @Arg("bucketId", (_type) => ID, EDIT_ARG.bucketId) bucketId: string,
    @Arg("name", (_type) => String, EDIT_ARG.skillName) name: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "createSkill", bucketId, name });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Renames a skill (editor); its id and aliases stay.",
  })
  renameSkill(
    @Arg("skillId", (_type) => ID, EDIT_ARG.skillId) skillId: string,
    @Arg("name", (_type) => String, EDIT_ARG.skillName) name: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "renameSkill", skillId, name });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Moves a skill to another bucket: every answer, for all history, counts its posts there.",
  })
  moveSkill(
    @Arg("skillId", (_type) => ID, EDIT_ARG.skillId) skillId: string,
    @Arg("bucketId", (_type) => ID, EDIT_ARG.targetBucketId) bucketId: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "moveSkill", skillId, bucketId });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Moves the source's aliases to the target and deletes the source.",
  })
  mergeSkills(
    @Arg("sourceId", (_type) => ID, EDIT_ARG.sourceId) sourceId: string,
    @Arg("targetId", (_type) => ID, EDIT_ARG.targetId) targetId: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "mergeSkills", sourceId, targetId });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Deletes a skill and its aliases (editor): its posts no longer count in its bucket.",
  })
  deleteSkill(
    @Arg("skillId", (_type) => ID, EDIT_ARG.skillId) skillId: string,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "deleteSkill", skillId });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Maps a tag (or a phrase in titles and descriptions) to a skill, for all posts at once.",
  })
  addAlias(
    @Arg("skillId", (_type) => ID, EDIT_ARG.skillId) skillId: string,
    @Arg("alias", (_type) => String, EDIT_ARG.alias) alias: string,
    @Arg("kind", (_type) => AliasKind, { defaultValue: AliasKind.TAG, ...EDIT_ARG.kind }) kind: AliasKind,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "addAlias", skillId, alias, kind });
  }

  @Authorized("editor")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Unmaps a tag or phrase from a skill (editor), for all posts at once.",
  })
  removeAlias(
    @Arg("skillId", (_type) => ID, EDIT_ARG.skillId) skillId: string,
    @Arg("alias", (_type) => String, EDIT_ARG.alias) alias: string,
    @Arg("kind", (_type) => AliasKind, { defaultValue: AliasKind.TAG, ...EDIT_ARG.kind }) kind: AliasKind,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "removeAlias", skillId, alias, kind });
  }

  @Authorized("admin")
  @Mutation((_returns) => TaxonomyEdit, {
    description: "Replaces the dictionary with the one at toVersion; itself a logged edit (admins only).",
  })
  revertTaxonomy(
    @Arg("toVersion", (_type) => Int, EDIT_ARG.toVersion) toVersion: number,
    @Arg("expectedVersion", (_type) => Int, EXPECTED) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): TaxonomyEdit {
    return edit(ctx, expectedVersion, { op: "revertTaxonomy", toVersion });
  }
}

@Resolver()
export class TaxonomyHistoryResolver {
  @Query((_returns) => Int, { description: "The dictionary's current version (0 before the first load)." })
  taxonomyVersion(@Ctx() ctx: AppContext): number {
    return currentVersion(ctx.db);
  }

  @Query((_returns) => TaxonomyChangeConnection, { description: "The change log, oldest first." })
  taxonomyChanges(
    @Arg("since", (_type) => Int, { nullable: true, description: "Only changes after this version." })
    since: number | null,
    @Arg("first", (_type) => Int, { nullable: true, description: "Page size (default 50, at most 500)." })
    first: number | null,
    @Arg("after", (_type) => String, {
      nullable: true,
      description:
        "Start after this cursor (endCursor of the previous page); from the oldest change when null.",
    })
    after: string | null,
    @Ctx() ctx: AppContext,
  ): TaxonomyChangeConnection {
    const size = checkPageSize(first);
    const page = changesSince(ctx.db, since ?? 0, decodeCursor(after) ?? 0, size);
    const edges = page.changes.map((node) => ({ cursor: encodeCursor(node.version), node }));
    return {
      totalCount: page.totalCount,
      edges,
      pageInfo: pageInfoOf(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage }),
    };
  }

  @Query((_returns) => TaxonomySnapshot, {
    description:
      "The dictionary (buckets, skills, aliases) as it was at a version; the current one by default.",
  })
  taxonomy(
    @Arg("version", (_type) => Int, {
      nullable: true,
      description:
        "A version from 0 (empty) to taxonomyVersion; NOT_FOUND past it. The current one when null.",
    })
    version: number | null,
    @Ctx() ctx: AppContext,
  ): TaxonomySnapshot {
    const v = dictionaryVersion(ctx.db, version ?? currentVersion(ctx.db));
    return {
      version: v.version,
      at: v.at,
      buckets: v.buckets.map((b) => ({
        id: b.id,
        name: b.name,
        skills: b.skills.map((s) => ({
          id: s.id,
          name: s.name,
          aliases: [
            ...s.tags.map((alias) => ({ alias, kind: AliasKind.TAG })),
            ...s.phrases.map((alias) => ({ alias, kind: AliasKind.PHRASE })),
          ],
        })),
      })),
    };
  }

  @Query((_returns) => [UnmappedSkill], {
    description:
      "Tags and two-word title phrases frequent in AI posts that map to no skill, most frequent first: for triage.",
  })
  unmappedSkills(
    @Arg("period", (_type) => PeriodInput, {
      nullable: true,
      description: "Count only AI posts of this period; every AI post, dated or not, when null.",
    })
    period: PeriodInput | null,
    @Arg("minPosts", (_type) => Int, {
      defaultValue: 5,
      description: "Leave out tags and phrases carried by fewer AI posts than this (default 5, at least 1).",
    })
    minPosts: number,
    @Arg("first", (_type) => Int, {
      nullable: true,
      description: "At most this many (default 50, at most 500).",
    })
    first: number | null,
    @Ctx() ctx: AppContext,
  ): UnmappedSkill[] {
    if (period) checkPeriodRange(period);
    if (!Number.isInteger(minPosts) || minPosts < 1)
      throw new BadUserInputError(`minPosts must be 1 or more, got ${minPosts}`, "minPosts");
    return unmappedSkills(ctx.db, {
      scope: { from: period?.from, to: period?.to },
      minPosts,
      first: checkPageSize(first),
    }).map((r) => ({ ...r, kind: r.kind as AliasKind }));
  }
}
