import { describe, expect, it } from 'vitest';
import { emptyTimer, extendStep, formatDuration, plannedTotalMinutes, startTimer, stepTimeStatus, stopTimer, switchTimerStep, totalElapsedMs } from './facilitation';

describe('the step timer', () => {
  it('runs, stops and banks time per step, and moves running time to a new step', () => {
    let timer = startTimer(emptyTimer(), 0, 0);
    timer = switchTimerStep(timer, 1, 120_000);
    expect(stepTimeStatus({}, timer, 0, 200_000).elapsedMs).toBe(120_000);
    expect(stepTimeStatus({}, timer, 1, 200_000).elapsedMs).toBe(80_000);
    timer = stopTimer(timer, 200_000);
    expect(totalElapsedMs(timer, 999_999)).toBe(200_000);
  });

  it('says when a step runs over its time box, and an extension gives it more time', () => {
    let timer = startTimer(emptyTimer(), 0, 0);
    const over = stepTimeStatus({ welcome: 2 }, timer, 0, 150_000);
    expect(over).toMatchObject({ over: true, overMs: 30_000 });
    timer = extendStep(timer, 0, 5);
    expect(stepTimeStatus({ welcome: 2 }, timer, 0, 150_000).over).toBe(false);
  });

  it('sums the default time boxes to about an hour and formats durations as minutes and seconds', () => {
    expect(plannedTotalMinutes({})).toBe(60);
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});
