// Hand labels, training, activation and `classify` over GraphQL.
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../shared/context";
import { actorName } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { enqueueActivation, enqueueTraining, jobById } from "./model.jobs";
import { classifyText, labelPost, type ModelOptions } from "./model.service";
import { modelLoader, postTechnologiesLoader, technologyLoader } from "./technology.dataloader";
import { findPostIdByKey } from "./classification.repository";
import { Classification, TrainingJob, toTrainingJob } from "./model.type";
import { Model, PostTechnology, Technology } from "./technology.type";

function options(ctx: AppContext): ModelOptions {
  return { taxonomy: ctx.services.taxonomy, mode: ctx.services.classifyMode };
}

@Resolver((_of) => Classification)
export class ClassificationResolver {
  @Query((_returns) => [Classification], {
    description:
      "Classifies any text (first line = title): keyword hits, probability, label and the terms that decided.",
  })
  classify(
    @Arg("text", (_type) => String) text: string,
    @Arg("technologies", (_type) => [ID], { nullable: true }) technologies: string[] | null,
    @Ctx() ctx: AppContext,
  ): Classification[] {
    return classifyText(ctx.db, text, technologies, options(ctx));
  }

  @FieldResolver((_returns) => Technology)
  async technology(@Root() c: Classification, @Ctx() ctx: AppContext): Promise<Technology> {
    return (await technologyLoader(ctx).load(c.technologyId))!;
  }

  @FieldResolver((_returns) => Model, { nullable: true })
  model(@Root() c: Classification, @Ctx() ctx: AppContext): Promise<Model | null> | null {
    return c.modelId === null ? null : modelLoader(ctx).load(c.modelId);
  }
}

@Resolver((_of) => TrainingJob)
export class TrainingJobResolver {
  @Query((_returns) => TrainingJob)
  trainingJob(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: AppContext): TrainingJob {
    return toTrainingJob(jobById(ctx.db, id));
  }

  @Authorized("admin")
  @Mutation((_returns) => TrainingJob, {
    description:
      "Queues the training of a model from the hand labels (admin); returns the job to poll with trainingJob(id).",
  })
  trainModel(
    @Arg("technology", (_type) => ID) technology: string,
    @Arg("activate", (_type) => Boolean, { defaultValue: true }) activate: boolean,
    @Ctx() ctx: AppContext,
  ): TrainingJob {
    return toTrainingJob(
      enqueueTraining(ctx.db, technology, { ...options(ctx), activate, actor: actorName(ctx) }),
    );
  }

  @Authorized("admin")
  @Mutation((_returns) => Model, {
    description:
      "Queues the activation of a model (admin): a job reclassifies every post for its technology and then switches, all at once. Returns the model; `active` turns true and `activation.status` succeeded when the job is done.",
  })
  async activateModel(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: AppContext): Promise<Model> {
    const modelId = /^\d+$/u.test(id) ? Number(id) : -1;
    enqueueActivation(ctx.db, modelId, { ...options(ctx), actor: actorName(ctx) });
    return (await modelLoader(ctx).load(modelId))!;
  }

  @Authorized("editor")
  @Mutation((_returns) => PostTechnology, {
    description: "Adds or corrects a hand label (editor); it decides the post's label.",
  })
  async labelPost(
    @Arg("postId", (_type) => ID) postId: string,
    @Arg("technology", (_type) => ID) technology: string,
    @Arg("label", (_type) => Boolean) label: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<PostTechnology> {
    const id = findPostIdByKey(ctx.db, postId);
    if (id === null) throw new NotFoundError(`no post ${postId}`);
    labelPost(ctx.db, id, technology, label, actorName(ctx), options(ctx));
    const all = await postTechnologiesLoader(ctx).load(id);
    return all.find((t) => t.technologyId === technology)!;
  }

  @FieldResolver((_returns) => Technology)
  async technology(@Root() job: TrainingJob, @Ctx() ctx: AppContext): Promise<Technology> {
    return (await technologyLoader(ctx).load(job.technologyId))!;
  }

  @FieldResolver((_returns) => Model, { nullable: true })
  model(@Root() job: TrainingJob, @Ctx() ctx: AppContext): Promise<Model | null> | null {
    return job.modelId === null ? null : modelLoader(ctx).load(job.modelId);
  }
}
