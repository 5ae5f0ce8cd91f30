/**
 * The minutes (referat) as a layout model, in the agenda's order (Vedlegg 5): the meeting, who took
 * part, purpose, frames and consent, the child's participation, information, shared understanding,
 * mapping with the system-model diagram, measures, pauses and parked topics, closing, the child's
 * feedback and who the minutes go to. What a copy may carry is decided by audience.ts.
 */
import { AFTER_ITEMS, BEFORE_ITEMS } from '@naervaer/shared/checklist';
import { osloDate, type TextKey } from '@naervaer/shared/i18n';
import { conversationGuide } from '@naervaer/shared/conversation-guides';
import { summarizeConsents } from '@naervaer/shared/consent';
import { evaluateAbsence, isAbsenceWorrying } from '@naervaer/shared/absence';
import { type ChildScaleValue, type FeedbackQuestion, hasFeedback } from '@naervaer/shared/feedback';
import { MAINTAINING_FUNCTIONS } from '@naervaer/shared/maintaining-factors';
import { summarizeMapping } from '@naervaer/shared/mapping';
import { type MeetingContent, minutesRecipientsOf } from '@naervaer/shared/meeting-content';
import { type MeasureRow, responsibleLabel } from '@naervaer/shared/measure';
import type { DocBlock, DocModel, DocSection } from '@naervaer/shared/minutes';
import { type Service, participantsByPresence } from '@naervaer/shared/participant';
import { hasReferralDecision } from '@naervaer/shared/referral';
import { CONTINUUM_STAGES, continuumStageText } from '@naervaer/shared/absence-continuum';
import { hasSrasScores, srasProfile } from '@naervaer/shared/sras';
import type { MeetingRow } from '../storage/storage';
import { type Audience, rowsResponsibleFor } from './audience';
import { type VersionInfo, fields, list, modelBase, notes, para, placeOf, schoolOf, section, sub, table } from './blocks';
import { systemModelSvg } from './diagram';
import { type DocText, participantName } from './text';

export type ModelInput = { meeting: MeetingRow; content: MeetingContent; audience: Audience; text: DocText; version: VersionInfo };

/** The minutes of a meeting for an audience. */
export function minutesModel(input: ModelInput): DocModel {
  const { meeting, content, audience, text } = input;
  const { t } = text;
  const withheld = audience.variant === 'withheld';
  const anonymous = audience.variant === 'anonymous';
  const kindName = t(`domain:meetingKinds.${meeting.kind}`);
  // A withheld copy must not name the pupil, and a facilitator's title often does: it gets a neutral one.
  const runningTitle = withheld ? `${kindName}, ${text.dateOf(meeting.startsAt ?? meeting.createdAt)}` : meeting.title;
  const notice = anonymous
    ? t('minutes:anonymousNotice')
    : withheld && audience.service
      ? t('minutes:withheldNotice', { service: text.service(audience.service) })
      : undefined;
  const sections: DocSection[] = withheld ? withheldSections(input) : fullSections(input);
  const school = schoolOf(meeting, withheld || anonymous ? undefined : content.pupil?.school);
  return {
    ...modelBase(text, input.version, audience),
    document: 'minutes',
    title: t('minutes:title.minutes', { title: runningTitle }),
    runningTitle,
    subtitle: [kindName, [school, text.dateOf(meeting.startsAt)].filter(Boolean).join(', ')].filter(Boolean),
    author: authorOf(input),
    subject: t('minutes:subject.minutes'),
    ...(notice ? { notice } : {}),
    large: false,
    sections,
  };
}

/** The PDF's author: the minute taker and the school. */
export function authorOf({ meeting, content, audience }: ModelInput): string {
  const taker = participantName(content, content.frames.minuteTakerId);
  const school = schoolOf(meeting, audience.variant === 'full' ? content.pupil?.school : undefined);
  return [taker, school].filter(Boolean).join(', ') || 'Nærværsmøtet';
}

function meetingSection({ meeting, content, text, audience }: ModelInput, withPupil: boolean): DocSection[] {
  const { t } = text;
  const pupil = withPupil ? content.pupil : undefined;
  const startsAt = meeting.startsAt;
  return section('meeting', t('minutes:sections.meeting'), [
    ...fields([
      { label: t('minutes:header.school'), value: schoolOf(meeting, pupil?.school) },
      ...(pupil?.school && meeting.school && pupil.school !== meeting.school ? [{ label: t('domain:pupil.school'), value: pupil.school }] : []),
      { label: t('minutes:header.date'), value: text.dateOf(startsAt) },
      { label: t('minutes:header.time'), value: text.timeOf(startsAt) },
      { label: t('minutes:header.place'), value: placeOf(text, content.participants.map((p) => p.presence)) },
      { label: t('minutes:header.kind'), value: t(`domain:meetingKinds.${meeting.kind}`) },
      { label: t('minutes:header.pupil'), value: pupil?.name },
      { label: t('minutes:header.class'), value: pupil?.class },
      { label: t('minutes:header.dateOfBirth'), value: text.date(pupil?.dateOfBirth) },
    ]),
    ...(audience.variant === 'withheld' ? [] : notes(text, content.notes.welcome)),
  ]);
}

function participantsSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const { room, remote } = participantsByPresence(content.participants);
  const rows = [...room, ...remote].map((p) => [
    p.invited ? p.name : `${p.name} ${t('minutes:participants.notInvited')}`,
    text.serviceOf(p),
    t(`domain:presence.${p.presence}`),
    p.fondOf,
  ]);
  const interpreter = content.interpreter.used
    ? t('minutes:participants.interpreterUsed', { language: content.interpreter.language || t('minutes:notRecorded') })
    : t('minutes:participants.interpreterNotUsed');
  return section('participants', t('minutes:sections.participants'), [
    ...table(
      [
        [t('minutes:participants.name'), 'fill'],
        [t('minutes:participants.service'), 'fill'],
        [t('minutes:participants.presence'), 74],
        [t('minutes:participants.fondOf'), 'fill'],
      ],
      rows,
    ),
    ...fields([{ label: t('minutes:participants.interpreter'), value: rows.length ? interpreter : '' }]),
    ...notes(text, content.notes.introductions),
  ]);
}

function purposeSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const c = content.concern;
  return section('purpose', t('minutes:sections.purpose'), [
    ...fields([
      { label: t('domain:concern.raisedBy'), value: c.raisedBy },
      { label: t('domain:concern.raisedByService'), value: c.raisedByService ? text.service(c.raisedByService) : '' },
      { label: t('domain:concern.raisedOn'), value: text.date(c.raisedOn) },
      { label: t('domain:concern.reason'), value: c.reason },
      { label: t('domain:concern.childWants'), value: c.childWants },
      { label: t('domain:concern.desiredSituation'), value: c.desiredSituation },
    ]),
    ...notes(text, content.notes.purpose),
  ]);
}

function consentBlocks({ content, text, meeting }: ModelInput, onlyService: Service | null): DocBlock[] {
  const { t } = text;
  const services = [...content.participants.map((p) => p.service), ...minutesRecipientsOf(content).map((r) => r.service), ...(onlyService ? [onlyService] : [])];
  const onDate = osloDate(meeting.startsAt ?? meeting.createdAt);
  const summary = summarizeConsents(content.consents, services, onDate);
  const rows = summary.perService
    .filter((s) => s.status !== 'notRequired' && (!onlyService || s.service === onlyService))
    .map((s) => {
      const record = [...content.consents].reverse().find((c) => c.service === s.service);
      const date = record?.withdrawnOn ? `${text.date(record.date)} (${t('domain:consent.withdrawnOn')}: ${text.date(record.withdrawnOn)})` : text.date(record?.date);
      return [text.service(s.service), t(s.textKey), date, record?.scope ?? ''];
    });
  return [
    ...(rows.length ? [sub(t('minutes:frames.consentTitle'))] : []),
    ...table(
      [
        [t('minutes:frames.consentService'), 'fill'],
        [t('minutes:frames.consentStatus'), 'auto'],
        [t('minutes:frames.consentDate'), 'auto'],
        [t('minutes:frames.consentScope'), 'fill'],
      ],
      rows,
    ),
  ];
}

function framesSection(input: ModelInput, reduced: boolean): DocSection[] {
  const { content, text } = input;
  const { t } = text;
  const f = content.frames;
  const confidentiality = f.confidentialityReminderGiven ? `${t('minutes:yes')}. ${t('domain:frames.confidentialityText')}` : t('minutes:no');
  return section('frames', t('minutes:sections.frames'), [
    ...fields([
      { label: t('domain:frames.meetingLeader'), value: participantName(content, f.meetingLeaderId) },
      { label: t('domain:frames.minuteTaker'), value: participantName(content, f.minuteTakerId) },
      { label: t('domain:frames.plannedLength'), value: f.plannedLengthMinutes ? t('minutes:frames.minutes', { count: f.plannedLengthMinutes }) : '' },
      { label: t('domain:frames.confidentialityReminder'), value: confidentiality },
      ...(reduced
        ? []
        : [
            { label: t('domain:frames.contentAndMethod'), value: f.contentAndMethod },
            { label: t('domain:frames.gruff'), value: f.gruffAgreement },
          ]),
    ]),
    ...consentBlocks(input, reduced ? input.audience.service : null),
    ...(reduced ? [] : notes(text, content.notes.frames)),
  ]);
}

function childParticipationSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const { before, after } = content.childChecklists;
  const anything = [...Object.values(before), ...Object.values(after)].some((i) => i.done || i.note.trim() !== '');
  if (!anything) return [];
  const rows = <Id extends string>(ids: readonly Id[], list: Record<Id, { done: boolean; note: string }>, label: (id: Id) => TextKey) =>
    ids.map((id) => [t(label(id)), text.yesNo(list[id].done), list[id].note]);
  // The child got to give feedback when the meeting holds the child's answers, ticked or not: a "No"
  // beside the answers printed further on would be false. Without answers, the tick says what is known.
  const givesFeedback = hasFeedback(content.feedback)
    ? { done: true, note: after.givesFeedback.note.trim() || t('minutes:feedback.answersIn', { section: t('minutes:sections.feedback') }) }
    : after.givesFeedback;
  const columns: [string, 'fill' | 'auto'][] = [
    ['', 'fill'],
    [t('domain:checklist.done'), 'auto'],
    [t('domain:checklist.note'), 'fill'],
  ];
  return section('childParticipation', t('minutes:sections.childParticipation'), [
    sub(t('domain:checklist.before.title')),
    ...table(columns, rows(BEFORE_ITEMS, before, (id) => `domain:checklist.before.${id}.label`)),
    sub(t('domain:checklist.after.title')),
    ...table(columns, rows(AFTER_ITEMS, { ...after, givesFeedback }, (id) => `domain:checklist.after.${id}.label`)),
  ]);
}

function informationSection({ content, text }: ModelInput, anonymous: boolean): DocSection[] {
  const { t } = text;
  const info = content.information;
  const voice = info.pupilVoice;
  const conversation = (key: 'pupil' | 'parents', title: string): DocBlock[] => {
    const c = content.conversations[key];
    if (!c.summary.trim() && !c.heldBy.trim() && !c.heldOn) return [];
    // A point id the guide no longer has is shown as it was stored.
    const points = new Map(conversationGuide(key).flatMap((section) => section.points.map((p) => [p.id, p.textKey] as const)));
    const covered = c.covered.map((id) => {
      const key = points.get(id);
      return key ? t(key) : id;
    });
    return [
      sub(title),
      ...fields([
        { label: t('domain:guides.heldOn'), value: text.date(c.heldOn) },
        { label: t('domain:guides.heldBy'), value: c.heldBy },
        { label: t('domain:guides.summary'), value: c.summary },
      ]),
      ...(covered.length ? [sub(t('domain:guides.covered')), ...list(covered)] : []),
    ];
  };
  const a = content.absence;
  const facts: [string, string][] = [
    [t('domain:absence.facts.validDaysSemester'), a.validDaysSemester === null ? '' : String(a.validDaysSemester)],
    [t('domain:absence.facts.invalidOccurrences'), a.invalidOccurrences === null ? '' : String(a.invalidOccurrences)],
    [t('domain:absence.facts.diffuseSingleDaysLastMonth'), a.diffuseSingleDaysLastMonth === null ? '' : String(a.diffuseSingleDaysLastMonth)],
    [t('domain:absence.facts.lateArrivalsLastMonth'), a.lateArrivalsLastMonth === null ? '' : String(a.lateArrivalsLastMonth)],
    [t('domain:absence.facts.leavesLessonsRepeatedly'), a.leavesLessonsRepeatedly === null ? '' : text.yesNo(a.leavesLessonsRepeatedly)],
    [t('domain:absence.facts.pupilReportsStruggle'), a.pupilReportsStruggle === null ? '' : text.yesNo(a.pupilReportsStruggle)],
    [t('domain:absence.facts.parentReportsStruggle'), a.parentReportsStruggle === null ? '' : text.yesNo(a.parentReportsStruggle)],
  ];
  const recorded = facts.filter(([, v]) => v !== '');
  const results = evaluateAbsence(a);
  const criteria = results
    .filter((r) => r.status !== 'unknown')
    .map((r) => [t(r.labelKey), t(`domain:absence.status.${r.status}`)]);
  return section('information', t('minutes:sections.information'), [
    ...fields([
      { label: t('domain:info.pupilNow'), value: info.pupilNow },
      { label: t('domain:info.parentsNow'), value: info.parentsNow },
      { label: t('domain:info.schoolNow'), value: info.schoolNow },
      { label: t('domain:info.pupilVoice.label'), value: voice.method ? t(`domain:info.pupilVoice.methods.${voice.method}`) : '' },
      { label: t('domain:info.pupilVoice.note'), value: voice.note },
    ]),
    ...(anonymous ? [] : conversation('pupil', t('minutes:information.conversationPupil'))),
    ...(anonymous ? [] : conversation('parents', t('minutes:information.conversationParents'))),
    ...(recorded.length || a.note ? [sub(t('minutes:information.absenceTitle'))] : []),
    ...fields(recorded.map(([label, value]) => ({ label, value }))),
    ...fields([{ label: t('domain:absence.facts.note'), value: a.note }]),
    ...(criteria.length ? [sub(t('minutes:information.criteriaTitle'))] : []),
    ...table(
      [
        [t('minutes:information.criterion'), 'fill'],
        [t('minutes:information.status'), 'auto'],
      ],
      criteria,
    ),
    ...(criteria.length ? para(isAbsenceWorrying(results) ? t('domain:absence.worrying') : t('domain:absence.notWorrying')) : []),
    ...notes(text, content.notes.information),
  ]);
}

function understandingSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const u = content.understanding;
  const relevant = MAINTAINING_FUNCTIONS.filter((fn) => u.factors[fn].relevant);
  const notesOnOthers = MAINTAINING_FUNCTIONS.filter((fn) => !u.factors[fn].relevant && u.factors[fn].note.trim() !== '');
  const factorItems = [...relevant, ...notesOnOthers].map((fn) => {
    const note = u.factors[fn].note.trim();
    return note ? `${t(`domain:factors.${fn}.name`)}: ${note}` : t(`domain:factors.${fn}.name`);
  });
  const blocks: DocBlock[] = [
    ...(u.continuumStage
      ? fields([{ label: t('domain:continuum.where'), value: `${CONTINUUM_STAGES.indexOf(u.continuumStage) + 1}/${CONTINUUM_STAGES.length}: ${t(continuumStageText(u.continuumStage))}` }])
      : []),
    sub(t('minutes:understanding.factorsTitle')),
    ...(factorItems.length ? list(factorItems) : para(t('minutes:understanding.noFactors'), 'muted')),
  ];
  if (u.sras && hasSrasScores(u.sras)) {
    const profile = srasProfile(u.sras);
    const num = (n: number | null) => (n === null ? '–' : n.toLocaleString(text.language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2, minimumFractionDigits: 1 }));
    blocks.push(
      sub(t('domain:sras.title')),
      ...table(
        [
          [t('minutes:understanding.srasFunction'), 'fill'],
          [t('domain:sras.child'), 'auto'],
          [t('domain:sras.parent'), 'auto'],
          [t('domain:sras.combined'), 'auto'],
        ],
        profile.functions.map((f) => [t(`domain:factors.${f.fn}.name`), num(f.child), num(f.parent), num(f.combined)]),
      ),
      ...para(t('minutes:understanding.srasPrimary', { functions: profile.primary.map((fn) => t(`domain:factors.${fn}.name`)).join('; ') })),
      ...para(t('domain:sras.tieRule'), 'muted'),
    );
  }
  const push = u.pushPull.push.map((i) => i.text);
  const pull = u.pushPull.pull.map((i) => i.text);
  if (push.length || pull.length) {
    blocks.push(sub(t('domain:pushPull.title')));
    if (push.length) blocks.push(...para(t('domain:pushPull.push.label')), ...list(push));
    if (pull.length) blocks.push(...para(t('domain:pushPull.pull.label')), ...list(pull));
  }
  if (u.viciousCircleShown) blocks.push(...para(t('minutes:understanding.viciousCircleShown')));
  blocks.push(...notes(text, content.notes.understanding));
  return section('understanding', t('minutes:sections.understanding'), blocks);
}

function mappingSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const summary = summarizeMapping(content.areas, content.mapping);
  const total = summary.totals.resources + summary.totals.risks;
  // A participant's current name, else the name stored with the note (a person in the room who is not on the list).
  const said = (item: { saidBy?: string; saidByName?: string }) => participantName(content, item.saidBy) ?? item.saidByName ?? '';
  const row = (area: string, item: { kind: 'resource' | 'risk'; text: string; saidBy?: string; saidByName?: string }) => [
    area,
    `${item.kind === 'resource' ? t('domain:mapping.resourceSign') : t('domain:mapping.riskSign')} ${t(`domain:mapping.${item.kind}`)}`,
    item.text,
    said(item),
  ];
  const rows = [
    ...summary.areas.flatMap((a) => [...a.resources, ...a.risks].map((item) => row(a.area.name, item))),
    ...summary.unknownArea.map((item) => row(t('domain:mapping.unknownArea'), item)),
  ];
  const blocks: DocBlock[] = [];
  if (total > 0) {
    const diagram = systemModelSvg(summary, {
      pupil: t('minutes:mapping.pupil'),
      resourceSign: t('domain:mapping.resourceSign'),
      riskSign: t('domain:mapping.riskSign'),
      more: (count) => t('minutes:mapping.more', { count }),
    });
    // The figure's text alternative says what it shows: each area with how many resources and risks it holds.
    const areas = summary.areas.map((a) =>
      t('minutes:mapping.diagramArea', {
        area: a.area.name,
        resources: t('minutes:mapping.resourcesCount', { count: a.resources.length }),
        risks: t('minutes:mapping.risksCount', { count: a.risks.length }),
      }),
    );
    blocks.push({ type: 'diagram', ...diagram, description: t('minutes:mapping.diagramDescription', { count: summary.areas.length, areas: areas.join('; ') }) });
  }
  blocks.push(
    ...table(
      [
        [t('minutes:mapping.area'), 90],
        [t('minutes:mapping.kind'), 'auto'],
        [t('minutes:mapping.item'), 'fill'],
        [t('minutes:mapping.saidBy'), 80],
      ],
      rows,
    ),
  );
  if (total === 0 && content.notes.mapping.trim() === '') return [];
  if (total === 0) blocks.push(...para(t('minutes:mapping.empty'), 'muted'));
  blocks.push(...notes(text, content.notes.mapping));
  return section('mapping', t('minutes:sections.mapping'), blocks);
}

/** The delmål | tiltak | ansvar | frist table, shared with the agreement. */
export function measureTable(content: MeetingContent, text: DocText, rows: readonly MeasureRow[]): DocBlock[] {
  const { t } = text;
  return table(
    [
      [t('domain:agreement.subGoal'), 'fill'],
      [t('domain:agreement.measure'), 'fill'],
      [t('domain:agreement.responsible'), 95],
      [t('domain:agreement.deadline'), 62],
    ],
    rows.map((r) => [r.subGoal, r.measure, responsibleLabel(r.responsible, (id) => participantName(content, id)), text.date(r.deadline)]),
  );
}

function measuresSection({ content, text, audience }: ModelInput, withheld: boolean): DocSection[] {
  const { t } = text;
  const a = content.agreement;
  if (withheld) {
    const service = audience.service;
    const rows = service ? rowsResponsibleFor(content, service) : [];
    return section('measures', t('minutes:sections.measures'), [
      ...(service ? [sub(t('minutes:measures.onlyYours', { service: text.service(service) }))] : []),
      ...(rows.length ? measureTable(content, text, rows) : para(t('minutes:measures.noRows'), 'muted')),
    ]);
  }
  const period = a.periodFrom || a.periodTo ? t('minutes:agreement.periodValue', { from: text.date(a.periodFrom), to: text.date(a.periodTo) }) : '';
  const evaluation = content.evaluation.map((e) => [e.measure, e.outcome ? t(`domain:agreement.evaluation.${e.outcome}`) : '', e.note]);
  return section('measures', t('minutes:sections.measures'), [
    ...fields([
      { label: t('domain:agreement.status'), value: a.status },
      { label: t('domain:agreement.mainGoal'), value: a.mainGoal },
      { label: t('domain:agreement.period'), value: period },
    ]),
    ...(a.rows.length ? measureTable(content, text, a.rows) : para(t('minutes:measures.noRows'), 'muted')),
    ...(evaluation.length ? [sub(t('domain:agreement.evaluation.title'))] : []),
    ...table(
      [
        [t('domain:agreement.measure'), 'fill'],
        [t('domain:agreement.evaluation.outcome'), 'auto'],
        [t('domain:agreement.evaluation.note'), 'fill'],
      ],
      evaluation,
    ),
    ...notes(text, content.notes.measures),
  ]);
}

/** Whether the guide is still the right path, or which ordinary route is taken and by whom (full minutes only). */
function referralSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const r = content.referral;
  if (!hasReferralDecision(r)) return [];
  return section('referral', t('minutes:sections.referral'), [
    ...fields([
      { label: t('domain:referral.question'), value: r.stillRightPath ? t(`domain:referral.${r.stillRightPath}`) : '' },
      { label: t('domain:referral.route'), value: r.route ? t(`domain:referral.routes.${r.route}`) : '' },
      { label: t('domain:referral.responsible'), value: r.responsible },
      { label: t('domain:referral.note'), value: r.note },
    ]),
  ]);
}

function eventsSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const { pauses, parked, endedEarlyAt, endedEarlyReason } = content.events;
  if (!pauses.length && !parked.length && !endedEarlyAt) return [];
  // Who asked: a participant's id, or the name the room stored for the person who asked.
  const by = (p: { by: string; byName?: string }) => participantName(content, p.by) ?? p.byName ?? (p.by.trim() || t('minutes:child.someone'));
  const pauseLines = pauses.map((p) =>
    p.resumedAt
      ? t('minutes:events.pause', { from: text.timeOf(p.at), to: text.timeOf(p.resumedAt), by: by(p) })
      : t('minutes:events.pauseOpen', { from: text.timeOf(p.at), by: by(p) }),
  );
  return section('events', t('minutes:sections.events'), [
    ...(endedEarlyAt ? para(t('minutes:events.endedEarly', { time: text.timeOf(endedEarlyAt), reason: endedEarlyReason }), 'lead') : []),
    sub(t('minutes:events.pausesTitle')),
    ...(pauseLines.length ? list(pauseLines) : para(t('minutes:events.noPauses'), 'muted')),
    sub(t('domain:events.parked')),
    ...(parked.length ? list(parked.map((p) => p.text)) : para(t('minutes:events.noParked'), 'muted')),
  ]);
}

function closingSection({ content, text }: ModelInput, withNotes: boolean): DocSection[] {
  const { t } = text;
  const next = content.closing.nextMeetingDate;
  return section('closing', t('minutes:sections.closing'), [
    ...fields([{ label: t('minutes:closing.nextMeeting'), value: next ? text.date(next) : t('domain:closing.noNextMeeting') }]),
    ...(withNotes ? notes(text, content.notes.closing) : []),
  ]);
}

function feedbackSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const fb = content.feedback;
  if (!hasFeedback(fb)) return [];
  const score = (q: FeedbackQuestion, v: ChildScaleValue | undefined) =>
    v === undefined ? '' : t('minutes:feedback.score', { value: v, label: t(`domain:feedback.${q}.scale.${v}`) });
  return section('feedback', t('minutes:sections.feedback'), [
    ...fields([
      { label: t('domain:feedback.safe.question'), value: score('safe', fb.safe) },
      { label: t('domain:feedback.useful.question'), value: score('useful', fb.useful) },
      { label: t('domain:feedback.comment'), value: fb.comment },
      { label: t('minutes:feedback.givenOn'), value: text.date(fb.givenOn) },
    ]),
  ]);
}

function distributionSection({ content, text }: ModelInput): DocSection[] {
  const { t } = text;
  const items = minutesRecipientsOf(content).map(({ name, service }) => {
    // A comma, not brackets: some services' names carry brackets of their own.
    return name ? `${name}, ${text.service(service)}` : text.service(service);
  });
  return section('distribution', t('minutes:sections.distribution'), list(items));
}

function fullSections(input: ModelInput): DocSection[] {
  const anonymous = input.audience.variant === 'anonymous';
  return [
    ...meetingSection(input, !anonymous),
    ...participantsSection(input),
    ...purposeSection(input),
    ...framesSection(input, false),
    ...(anonymous ? [] : childParticipationSection(input)),
    ...informationSection(input, anonymous),
    ...understandingSection(input),
    ...mappingSection(input),
    ...measuresSection(input, false),
    ...referralSection(input),
    ...eventsSection(input),
    ...closingSection(input, true),
    ...(anonymous ? [] : feedbackSection(input)),
    ...distributionSection(input),
  ];
}

/** Without consent: the frame, the service's own measures and the next meeting; nothing about the pupil. */
function withheldSections(input: ModelInput): DocSection[] {
  return [...meetingSection(input, false), ...framesSection(input, true), ...measuresSection(input, true), ...closingSection(input, false)];
}
