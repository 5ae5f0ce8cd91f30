/**
 * Facilitator-only state of a meeting, kept in the control document: the step timer with time boxes,
 * the pause in progress, what is hidden from the shared screen, and the absence thresholds in use.
 * The helpers are pure; doc.ts reads and writes these shapes.
 */
import * as z from 'zod';
import { AGENDA_STEPS, type AgendaStep } from './agenda';

/** Minutes per step the guide's agenda suggests for a one-hour meeting (the facilitator changes them). */
export const DEFAULT_TIME_BOXES: Record<AgendaStep, number> = {
  welcome: 2,
  introductions: 5,
  purpose: 4,
  frames: 4,
  information: 8,
  understanding: 10,
  mapping: 12,
  measures: 12,
  closing: 3,
};

export const TimeBoxes = z.partialRecord(z.enum(AGENDA_STEPS), z.int().min(0).max(240));
export type TimeBoxes = Partial<Record<AgendaStep, number>>;

/** The meeting clock: time spent per step, and whether it runs now. */
export const TimerState = z.strictObject({
  /** Epoch ms when the clock last started; null while stopped. */
  runningSince: z.number().nullable().default(null),
  /** The step the running time counts towards. */
  runningStep: z.int().min(0).default(0),
  /** Milliseconds spent per step index before `runningSince`. */
  banked: z.record(z.string(), z.number().min(0)).default({}),
  /** Minutes added to a step's time box while it ran over. */
  extensions: z.record(z.string(), z.int().min(0).max(240)).default({}),
});
export type TimerState = z.infer<typeof TimerState>;

export function emptyTimer(): TimerState {
  return TimerState.parse({});
}

/** Time spent on a step so far, in ms. */
export function stepElapsedMs(timer: TimerState, step: number, now: number): number {
  const banked = timer.banked[String(step)] ?? 0;
  const live = timer.runningSince !== null && timer.runningStep === step ? Math.max(0, now - timer.runningSince) : 0;
  return banked + live;
}

/** Time spent on the whole meeting so far, in ms. */
export function totalElapsedMs(timer: TimerState, now: number): number {
  const banked = Object.values(timer.banked).reduce((a, b) => a + b, 0);
  return banked + (timer.runningSince !== null ? Math.max(0, now - timer.runningSince) : 0);
}

/** Starts (or resumes) the clock on a step. */
export function startTimer(timer: TimerState, step: number, now: number): TimerState {
  if (timer.runningSince !== null) return timer;
  return { ...timer, runningSince: now, runningStep: step };
}

/** Stops the clock, banking the time that ran. */
export function stopTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  const key = String(timer.runningStep);
  return {
    ...timer,
    runningSince: null,
    banked: { ...timer.banked, [key]: (timer.banked[key] ?? 0) + Math.max(0, now - timer.runningSince) },
  };
}

/** Moves a running clock to another step: what ran so far counts for the step that was on. */
export function switchTimerStep(timer: TimerState, step: number, now: number): TimerState {
  if (timer.runningSince === null || timer.runningStep === step) return timer;
  return { ...stopTimer(timer, now), runningSince: now, runningStep: step };
}

/** Gives a step more minutes. */
export function extendStep(timer: TimerState, step: number, minutes: number): TimerState {
  const key = String(step);
  return { ...timer, extensions: { ...timer.extensions, [key]: (timer.extensions[key] ?? 0) + Math.max(0, Math.trunc(minutes)) } };
}

/** A step's time box in minutes, with extensions. */
export function stepBudgetMinutes(timeBoxes: TimeBoxes, timer: TimerState, step: number): number {
  const name = AGENDA_STEPS[step] as AgendaStep;
  return (timeBoxes[name] ?? DEFAULT_TIME_BOXES[name]) + (timer.extensions[String(step)] ?? 0);
}

/** Sum of the time boxes, in minutes. */
export function plannedTotalMinutes(timeBoxes: TimeBoxes): number {
  return AGENDA_STEPS.reduce((sum, step) => sum + (timeBoxes[step] ?? DEFAULT_TIME_BOXES[step]), 0);
}

/** How a step stands against its time box. */
export function stepTimeStatus(timeBoxes: TimeBoxes, timer: TimerState, step: number, now: number) {
  const budgetMs = stepBudgetMinutes(timeBoxes, timer, step) * 60_000;
  const elapsedMs = stepElapsedMs(timer, step, now);
  return { elapsedMs, budgetMs, overMs: Math.max(0, elapsedMs - budgetMs), over: budgetMs > 0 && elapsedMs > budgetMs };
}

/** mm:ss (or h:mm:ss) for a duration. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** A pause in progress, as the control document holds it. */
export const ActivePause = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  /** Name of whoever asked for it. */
  by: z.string().max(120),
});
export type ActivePause = z.infer<typeof ActivePause>;

/** The meeting was ended by its facilitator: every screen says so; the server holds guests out. */
export const MeetingEnded = z.strictObject({
  at: z.iso.datetime({ offset: true }),
});
export type MeetingEnded = z.infer<typeof MeetingEnded>;
