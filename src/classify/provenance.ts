// Where the labels behind every analytics answer come from: per technology the active model,
// the hand labels, and how many posts each label source decided. Analytics counts a post as
// technology T by its final label, so this is the trace from any answer back to its models.
import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../shared/context";
import { currentVersion } from "../taxonomy/taxonomy.repository";
import { activeModelLoader, technologyLoader } from "./technology.dataloader";
import { technologyProvenance } from "./technology.repository";
import { LabelSource, Model, Technology } from "./technology.type";

@ObjectType({
  simpleResolvers: true,
  description: "How many posts one label source decided, and how many of them it labeled yes.",
})
class LabelSourceCount {
  @Field((_type) => LabelSource, { description: "What decided these posts' labels." })
  source!: LabelSource;

  @Field((_type) => Int, { description: "Posts whose final label this source decided." })
  posts!: number;

  @Field((_type) => Int, { description: "Of which labeled yes (the technology's posts)." })
  positives!: number;
}

@ObjectType({ simpleResolvers: true, description: "The labels behind a technology's answers." })
class TechnologyProvenance {
  technologyId!: string;

  @Field((_type) => Int, { description: "Hand labels stored for this technology." })
  handLabels!: number;

  @Field((_type) => [LabelSourceCount], {
    description: "Posts decided per label source (sources with none left out).",
  })
  labelSources!: LabelSourceCount[];
}

@ObjectType({ simpleResolvers: true, description: "What every analytics answer rests on right now." })
class Provenance {
  @Field((_type) => String, {
    description: '"candidates" (keyword AND model, the study\'s method) or "all".',
  })
  classifyMode!: string;

  @Field((_type) => Int, { description: "The skill dictionary's current version (see taxonomyChanges)." })
  taxonomyVersion!: number;

  @Field((_type) => [TechnologyProvenance], { description: "One entry per technology." })
  technologies!: TechnologyProvenance[];
}

@Resolver((_of) => TechnologyProvenance)
export class ProvenanceResolver {
  @Query((_returns) => Provenance, {
    description: "The active model, hand labels and label sources behind every analytics answer.",
  })
  provenance(@Ctx() ctx: AppContext): Provenance {
    return {
      classifyMode: ctx.services.classifyMode,
      taxonomyVersion: currentVersion(ctx.db),
      technologies: technologyProvenance(ctx.db),
    };
  }

  @FieldResolver((_returns) => Technology, { description: "The technology these labels are for." })
  async technology(@Root() p: TechnologyProvenance, @Ctx() ctx: AppContext): Promise<Technology> {
    return (await technologyLoader(ctx).load(p.technologyId))!;
  }

  @FieldResolver((_returns) => Model, {
    nullable: true,
    description: "Null until a model is trained and activated.",
  })
  activeModel(@Root() p: TechnologyProvenance, @Ctx() ctx: AppContext): Promise<Model | null> {
    return activeModelLoader(ctx).load(p.technologyId);
  }
}
