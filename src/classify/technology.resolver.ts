// Reads of technologies and of each post's classification provenance.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../shared/context";
import { invariant } from "../shared/errors";
import {
  activationJobLoader,
  activeModelLoader,
  modelLoader,
  technologyLoader,
} from "./technology.dataloader";
import { TrainingJob, toTrainingJob } from "./model.type";
import { listModels, listTechnologies } from "./technology.repository";
import { Model, PostTechnology, Technology } from "./technology.type";

@Resolver((_of) => Technology)
export class TechnologyResolver {
  @Query((_returns) => [Technology], {
    description: "Technologies with their keyword rules and active model.",
  })
  technologies(@Ctx() ctx: AppContext): Technology[] {
    return listTechnologies(ctx.db);
  }

  @Query((_returns) => [Model], { description: "Trained model versions, newest first." })
  models(
    @Arg("technology", (_type) => ID, {
      nullable: true,
      description: "Only the models of this technology; every technology's when null.",
    })
    technology: string | null,
    @Ctx() ctx: AppContext,
  ): Model[] {
    return listModels(ctx.db, technology ?? null);
  }

  @FieldResolver((_returns) => Model, {
    nullable: true,
    description: "The model that labels its posts now; null until one is trained and activated.",
  })
  activeModel(@Root() tech: Technology, @Ctx() ctx: AppContext): Promise<Model | null> {
    return activeModelLoader(ctx).load(tech.id);
  }
}

@Resolver((_of) => Model)
export class ModelResolver {
  @FieldResolver((_returns) => Technology, { description: "The technology the model classifies for." })
  async technology(@Root() model: Model, @Ctx() ctx: AppContext): Promise<Technology> {
    const tech = await technologyLoader(ctx).load(model.technologyId);
    invariant(tech, `model ${model.id} has unknown technology ${model.technologyId}`);
    return tech;
  }

  @FieldResolver((_returns) => TrainingJob, {
    nullable: true,
    description: "The latest activation job of this model (activateModel), if any.",
  })
  async activation(@Root() model: Model, @Ctx() ctx: AppContext): Promise<TrainingJob | null> {
    const job = await activationJobLoader(ctx).load(Number(model.id));
    return job ? toTrainingJob(job) : null;
  }
}

@Resolver((_of) => PostTechnology)
export class PostTechnologyResolver {
  @FieldResolver((_returns) => Technology, { description: "The technology this classification is for." })
  async technology(@Root() pt: PostTechnology, @Ctx() ctx: AppContext): Promise<Technology> {
    const tech = await technologyLoader(ctx).load(pt.technologyId);
    invariant(tech, `classification has unknown technology ${pt.technologyId}`);
    return tech;
  }

  @FieldResolver((_returns) => Model, { nullable: true, description: "The model behind the label, if any." })
  model(@Root() pt: PostTechnology, @Ctx() ctx: AppContext): Promise<Model | null> | null {
    return pt.modelId === null ? null : modelLoader(ctx).load(pt.modelId);
  }
}
