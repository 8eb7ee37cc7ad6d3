// Which model is active per technology, loaded once and shared by classification and analytics.
import type { Db } from "../db/client";
import type { ActiveModel } from "./classification.service";

/** Active models by technology id (none until a model has been trained and activated). */
export function loadActiveModels(db: Db): Map<string, ActiveModel> {
  const rows = db.$client.prepare("SELECT id, technology_id AS technologyId FROM models WHERE active = 1").all() as {
    id: number;
    technologyId: string;
  }[];
  if (rows.length > 0) throw new Error("model loading is not wired yet");
  return new Map();
}
