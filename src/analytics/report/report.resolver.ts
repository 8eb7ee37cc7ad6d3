// studyReport: every quantitative claim of the study recomputed on the loaded data.
import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../shared/context";
import type { StudyReport as StudyReportData } from "./report.model";
import { buildStudyReport } from "./report.service";
import { StudyReport } from "./report.type";

/** The report in its GraphQL shape (the plain report names a few fields differently). */
function toGraphQLReport(r: StudyReportData): StudyReport {
  return {
    ...r,
    models: r.models.map((m) => ({
      technology: m.technology,
      activeModelId: m.activeModelId,
      handPositives: m.positives.hand,
      modelPositives: m.positives.model,
      keywordPositives: m.positives.keyword,
      summary: m.summary,
    })),
    claims: r.claims.map((c) => ({ ...c, claim: c.text })),
  };
}

@Resolver((_of) => StudyReport)
export class StudyReportResolver {
  @Query((_returns) => StudyReport, {
    description:
      "Every quantitative claim of the study recomputed on the loaded data, beside the published number, with the data and models behind it. Also as a web page at GET /report and as files from npm run report.",
  })
  studyReport(@Ctx() ctx: AppContext): StudyReport {
    return toGraphQLReport(buildStudyReport(ctx.db));
  }
}
