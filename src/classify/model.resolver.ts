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
    @Arg("text", (_type) => String, {
      description: "The post's text: the first line is read as its title, the rest as its description.",
    })
    text: string,
    @Arg("technologies", (_type) => [ID], {
      nullable: true,
      description: "Technology ids to classify for; every technology when null.",
    })
    technologies: string[] | null,
    @Ctx() ctx: AppContext,
  ): Classification[] {
    return classifyText(ctx.db, text, technologies, options(ctx));
  }

  @FieldResolver((_returns) => Technology, { description: "The technology this classification is for." })
  async technology(@Root() c: Classification, @Ctx() ctx: AppContext): Promise<Technology> {
    return (await technologyLoader(ctx).load(c.technologyId))!;
  }

  @FieldResolver((_returns) => Model, {
    nullable: true,
    description: "The active model that scored the text; null when the technology has none.",
  })
  model(@Root() c: Classification, @Ctx() ctx: AppContext): Promise<Model | null> | null {
    return c.modelId === null ? null : modelLoader(ctx).load(c.modelId);
  }
}

@Resolver((_of) => TrainingJob)
export class TrainingJobResolver {
  @Query((_returns) => TrainingJob, {
    description:
      "A training or activation job, to poll its status and progress; NOT_FOUND when there is none.",
  })
  trainingJob(
    @Arg("id", (_type) => ID, { description: "The job's id (TrainingJob.id)." }) id: string,
    @Ctx() ctx: AppContext,
  ): TrainingJob {
    return toTrainingJob(jobById(ctx.db, id));
  }

  @Authorized("admin")
  @Mutation((_returns) => TrainingJob, {
    description:
      "Queues the training of a model from the hand labels (admin); returns the job to poll with trainingJob(id).",
  })
  trainModel(
    @Arg("technology", (_type) => ID, { description: "The technology to train a model for." })
    technology: string,
    @Arg("activate", (_type) => Boolean, {
      defaultValue: true,
      description:
        "Activate the new model when training succeeds (default true); false keeps the current one.",
    })
    activate: boolean,
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
  async activateModel(
    @Arg("id", (_type) => ID, { description: "The model to activate (Model.id)." }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Model> {
    const modelId = /^\d+$/u.test(id) ? Number(id) : -1;
    enqueueActivation(ctx.db, modelId, { ...options(ctx), actor: actorName(ctx) });
    return (await modelLoader(ctx).load(modelId))!;
  }

  @Authorized("editor")
  @Mutation((_returns) => PostTechnology, {
    description: "Adds or corrects a hand label (editor); it decides the post's label.",
  })
  async labelPost(
    @Arg("postId", (_type) => ID, { description: 'The post, as Post.id ("<source>:<externalId>").' })
    postId: string,
    @Arg("technology", (_type) => ID, { description: "The technology the label is about." })
    technology: string,
    @Arg("label", (_type) => Boolean, { description: "True: the post is that technology; false: it is not." })
    label: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<PostTechnology> {
    const id = findPostIdByKey(ctx.db, postId);
    if (id === null) throw new NotFoundError(`no post ${postId}`);
    labelPost(ctx.db, id, technology, label, actorName(ctx), options(ctx));
    const all = await postTechnologiesLoader(ctx).load(id);
    return all.find((t) => t.technologyId === technology)!;
  }

  @FieldResolver((_returns) => Technology, {
    description: "The technology of the model trained or activated.",
  })
  async technology(@Root() job: TrainingJob, @Ctx() ctx: AppContext): Promise<Technology> {
    return (await technologyLoader(ctx).load(job.technologyId))!;
  }

  @FieldResolver((_returns) => Model, {
    nullable: true,
    description: "The model trained (once training succeeded) or being activated; null before.",
  })
  model(@Root() job: TrainingJob, @Ctx() ctx: AppContext): Promise<Model | null> | null {
    return job.modelId === null ? null : modelLoader(ctx).load(job.modelId);
  }
}
