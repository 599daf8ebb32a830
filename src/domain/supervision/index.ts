/** 电子监察: time-limit supervision lights and the per-district thresholds. */
export {
  DEFAULT_SUPERVISION_THRESHOLDS,
  parseSupervisionThresholds,
  supervisionThresholdsSchema,
  type SupervisionThresholds,
  type SupervisionThresholdsInput,
  type SupervisionThresholdsParseResult,
} from './supervision-thresholds';
export {
  describeSupervisionLight,
  SUPERVISION_LIGHT_LABELS,
  SUPERVISION_LIGHTS,
  supervisionLight,
  type SupervisionLight,
  type SupervisionLightInput,
  type SupervisionLightLabel,
  type SupervisionLightResult,
} from './supervision-light';
export {
  STEP_TIMING_LABELS,
  STEP_TIMING_STATES,
  stepTiming,
  type StepTiming,
  type StepTimingState,
} from './step-timing';
export { correctionNoticeDue, correctionNoticeTiming } from './correction-notice-due';
