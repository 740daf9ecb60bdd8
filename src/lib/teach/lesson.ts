/**
 * The 45-minute lesson: the timing of its steps and the exercises each uses. The words (goals,
 * step titles and activities, discussion prompts) are in the ui files: ui(lang).teachPage and
 * ui(lang).lessonPlan, whose `steps` follow LESSON_PLAN's order.
 */
export const LESSON_MINUTES = 45;

export interface LessonStep {
  minutes: number;
  /** Exercise numbers used in this step. */
  exercises: number[];
  /** Site page the teacher shows, if any. */
  page?: string;
}

export const LESSON_PLAN: LessonStep[] = [
  { minutes: 5, exercises: [], page: '/' },
  { minutes: 10, exercises: [], page: '/learn/' },
  { minutes: 12, exercises: [1, 2, 3, 4, 5, 6] },
  { minutes: 10, exercises: [7, 8, 9, 10] },
  { minutes: 8, exercises: [] },
];

/** Start and end minute of each step, for the timetable. */
export function lessonTimetable(plan: LessonStep[] = LESSON_PLAN): (LessonStep & { start: number; end: number })[] {
  let start = 0;
  return plan.map((step) => {
    const timed = { ...step, start, end: start + step.minutes };
    start += step.minutes;
    return timed;
  });
}
