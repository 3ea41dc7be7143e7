/** Capacity and thresholds of lane selection, per day. */
export interface LanePolicy {
  /** Most red (physical inspection) per day, as a share of the day's declarations. */
  redShare: number;
  /** Most yellow (documentary check) per day, as a share; overflow goes to blue (audit). */
  yellowShare: number;
  /** Probability from which the model alone asks for red, within capacity. */
  redScore: number;
  /** Probability from which the model alone asks for yellow. */
  yellowScore: number;
  /** Share of the otherwise-green declarations sent red at random (taken from red capacity). */
  explorationShare: number;
  seed: number;
}

export const DEFAULT_LANE_POLICY: LanePolicy = {
  redShare: 0.05,
  yellowShare: 0.1,
  redScore: 0.5,
  yellowScore: 0.3,
  explorationShare: 0.02,
  seed: 1,
};
