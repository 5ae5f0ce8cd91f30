/**
 * "Referatet for deg": the child's own summary, read with the safety person (Forandringsfabrikken:
 * the child reads the minutes and is told what happens next). Short, plain sentences in large type:
 * who was there, what we talked about (in the child's wording of the factors), what we agreed and
 * who does what, what happens next, and what the child said about the meeting.
 */
import { MAINTAINING_FUNCTIONS } from '@naervaer/shared/maintaining-factors';
import type { DocBlock, DocModel } from '@naervaer/shared/minutes';
import { participantsByPresence } from '@naervaer/shared/participant';
import { responsibleLabel } from '@naervaer/shared/measure';
import { hasFeedback } from '@naervaer/shared/feedback';
import { list, modelBase, para, section, sub } from './blocks';
import type { ModelInput } from './minutes';
import { authorOf } from './minutes';
import { participantName } from './text';

/** How many good things and hard things the summary lists at most: it has to stay short. */
const MAX_ITEMS = 4;

export function childSummaryModel(input: ModelInput): DocModel {
  const { meeting, content, text, audience } = input;
  const { t } = text;
  const pupil = content.pupil;
  const firstName = pupil?.name.split(/\s+/)[0] ?? '';
  const safety = content.participants.find((p) => p.service === 'trygghetsperson');
  const date = text.dateOf(meeting.startsAt ?? meeting.createdAt);

  const { room, remote } = participantsByPresence(content.participants);
  const who = [...room, ...remote]
    .filter((p) => p.service !== 'elev' && p.name)
    .map((p) => `${p.name} (${t(`domain:servicesChild.${p.service}`)})`);

  const factors = MAINTAINING_FUNCTIONS.filter((fn) => content.understanding.factors[fn].relevant).map((fn) => t(`domain:factors.${fn}.child`));
  const goesWell = content.mapping.filter((m) => m.kind === 'resource' && m.text.trim()).slice(0, MAX_ITEMS).map((m) => m.text);
  const wants = content.concern.childWants.trim();
  const talked: DocBlock[] = [
    ...(wants ? [sub(t('minutes:child.wants')), ...para(`«${wants}»`)] : []),
    ...(goesWell.length ? [sub(t('minutes:child.goesWell')), ...list(goesWell)] : []),
    ...(factors.length ? [sub(t('minutes:child.hard')), ...list(factors.slice(0, MAX_ITEMS))] : []),
  ];

  const tasks = content.agreement.rows
    .filter((r) => r.measure.trim())
    .map((r) => {
      const whoDoes = responsibleLabel(r.responsible, (id) => participantName(content, id)) || t('minutes:child.someone');
      return r.deadline ? t('minutes:child.taskBy', { who: whoDoes, what: r.measure, date: text.date(r.deadline) }) : t('minutes:child.task', { who: whoDoes, what: r.measure });
    });
  const next = content.closing.nextMeetingDate;
  const fb = content.feedback;
  const feedback = hasFeedback(fb)
    ? [
        ...(fb.safe ? [`${t('domain:feedback.safe.question')} ${t(`domain:feedback.safe.scale.${fb.safe}`)}.`] : []),
        ...(fb.useful ? [`${t('domain:feedback.useful.question')} ${t(`domain:feedback.useful.scale.${fb.useful}`)}.`] : []),
        ...(fb.comment ? [`«${fb.comment}»`] : []),
      ]
    : [];

  const sections = [
    ...section('hello', firstName ? t('minutes:child.hello', { name: firstName }) : t('minutes:child.helloAnonymous'), [
      ...para(safety?.name ? t('minutes:child.intro', { date, safety: safety.name }) : t('minutes:child.introNoSafety', { date }), 'lead'),
    ]),
    ...section('who', t('minutes:child.whoTitle'), list(who)),
    ...section('talked', t('minutes:child.talkedTitle'), talked),
    ...section('agreed', t('minutes:child.agreedTitle'), [
      ...(content.agreement.mainGoal ? para(t('minutes:child.goal', { goal: content.agreement.mainGoal }), 'lead') : []),
      ...list(tasks),
    ]),
    ...section('next', t('minutes:child.nextTitle'), [
      ...(content.events.endedEarlyAt ? para(t('minutes:child.endedEarly'), 'lead') : []),
      ...para(next ? t('minutes:child.nextMeeting', { date: text.date(next) }) : t('minutes:child.noNextMeeting')),
      ...para(t('minutes:child.sayIt')),
    ]),
    ...section('feedback', t('minutes:child.feedbackTitle'), list(feedback)),
  ];
  return {
    ...modelBase(text, input.version, audience),
    document: 'child',
    title: t('minutes:title.child'),
    runningTitle: t('minutes:title.child'),
    subtitle: [date],
    author: authorOf(input),
    subject: t('minutes:subject.child'),
    large: true,
    sections,
  };
}
