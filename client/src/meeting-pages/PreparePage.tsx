/** Before the meeting (facilitator): the pupil, participants, consent, the child's checklist, the conversations, the absence, time boxes. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import { AGENDA_STEPS } from '@naervaer/shared/agenda';
import { AbsenceThresholds } from '@naervaer/shared/absence';
import type { MeetingView } from '@naervaer/shared/api';
import { BEFORE_ITEMS, beforeItemText, isShownToEveryone } from '@naervaer/shared/checklist';
import { orderedRecords } from '@naervaer/shared/content-doc';
import { CONVERSATIONS, type ConversationId, conversationGuide } from '@naervaer/shared/conversation-guides';
import { contentFields, contentText, readAbsenceThresholds, readTimeBoxes } from '@naervaer/shared/doc';
import { setAbsenceThresholds, setTimeBox, toggleTalkingPoint } from '../actions/preparation';
import { DEFAULT_TIME_BOXES, plannedTotalMinutes } from '@naervaer/shared/facilitation';
import { PUPIL_FIELDS } from '@naervaer/shared/pupil';
import { can } from '@naervaer/shared/roles';
import { meetingPath } from '@naervaer/shared/meeting';
import { addConsent, deleteRecord } from '../actions/meeting';
import { LanguagePicker, Loading } from '../components';
import { BoundCheckbox, BoundDate, BoundInput, BoundNumber, BoundSelect, BoundYesNo, CollabText } from '../room/fields/BoundFields';
import { useControlValue, useDocVersion, useMeetingContent, useYMapKey } from '../room/fields/hooks';
import { AbsenceCriteria, serviceOptions } from '../room/meeting/parts';
import { AnonymousRule } from '../room/fields/anonymous-guard';
import { ParticipantsEditor } from '../room/meeting/ParticipantsEditor';
import { useInvitations } from '../room/meeting/ParticipantInvitation';
import type { MeetingDocs } from '../lib/sync';
import { useMeeting } from '../lib/useMeeting';
import { Icon } from '../icons';
import type { Translate } from '@naervaer/shared/i18n';
import { useTranslate } from '../lib/i18n';

export function PreparePage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(['meeting', 'ui', 'prepare']);
  const { view, docs, failed } = useMeeting(meetingId);
  if (failed || (view && !can(view.me.role, 'control.write'))) return <p role="alert">{t('ui:room.notFound')}</p>;
  if (!view || !docs) return <Loading />;
  return <Prepare view={view} docs={docs} />;
}

function Prepare({ view, docs }: { view: MeetingView; docs: MeetingDocs }) {
  const { t } = useTranslation(['meeting', 'domain', 'ui', 'prepare']);
  const tx = useTranslate();
  const kind = view.meeting.kind;
  const fields = contentFields(docs.content);
  const content = useMeetingContent(docs.content, kind);
  const thresholds = useControlValue(docs.control, readAbsenceThresholds);
  const anonymous = kind === 'anonymous';
  const invitations = useInvitations(view.meeting.id, view.guestProviders);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('ui:app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('ui:app.name')}</span>
        <div className="app-header-actions">
          <Link href="/">{t('ui:meetings.title')}</Link>
          <Link href={meetingPath(view.meeting.id)} className="button">
            {t('prepare:toRoom')}
          </Link>
          <LanguagePicker />
        </div>
      </header>
      <AnonymousRule anonymous={anonymous} remind invitedNames={view.invitedNames}>
      <main id="main" className="page prepare" tabIndex={-1}>
        <h1>{t('prepare:title', { title: view.meeting.title })}</h1>
        <p className="meta">{t(`domain:meetingKinds.${kind}`)}</p>

        <section className="card" aria-labelledby="pupil-title">
          <h2 id="pupil-title">{t('prepare:pupil')}</h2>
          {anonymous ? (
            <p className="callout anonymous-notice" data-testid="anonymous-notice">
              <Icon name="lock" />{' '}
              {t('domain:pupil.anonymousNotice')} {t('prepare:anonymousNoFields')}
            </p>
          ) : (
            <div className="grid-4">
              {PUPIL_FIELDS.map((f) =>
                f === 'dateOfBirth' ? (
                  <BoundDate key={f} map={fields} field="pupil.dateOfBirth" label={t('domain:pupil.dateOfBirth')} />
                ) : (
                  <BoundInput key={f} map={fields} field={`pupil.${f}`} label={t(`domain:pupil.${f}`)} />
                ),
              )}
            </div>
          )}
          {!anonymous && (
            <BoundSelect
              map={fields}
              field="childScreen.ageGroup"
              label={t('prepare:ageGroup')}
              hint={t('prepare:ageGroupHint')}
              options={(['older', 'younger'] as const).map((g) => ({ value: g, label: t(`prepare:ageGroups.${g}`) }))}
            />
          )}
        </section>

        <section className="card" aria-labelledby="participants-title">
          <h2 id="participants-title">{t('prepare:participants')}</h2>
          <p className="hint">{t('prepare:participantsHint')}</p>
          <ParticipantsEditor content={docs.content} kind={kind} readOnly={false} invitations={invitations} />
          <div className="grid-2">
            <BoundCheckbox map={fields} field="interpreter.used" label={t('domain:interpreter.used')} hint={t('domain:interpreter.qualifiedOnly')} />
            <BoundInput map={fields} field="interpreter.language" label={t('domain:interpreter.language')} />
          </div>
        </section>

        {!anonymous && (
          <section className="card" aria-labelledby="consent-title">
            <h2 id="consent-title">{t('prepare:consent')}</h2>
            <p className="hint">{t('domain:consent.explanation')}</p>
            <Consents content={docs.content} t={tx} />
          </section>
        )}

        {!anonymous && (
          <section className="card" aria-labelledby="before-title">
            <h2 id="before-title">{t('prepare:before')}</h2>
            <p className="hint">{t('prepare:beforeHint')}</p>
            <ul className="checklist">
              {BEFORE_ITEMS.map((item) => (
                <li key={item}>
                  <BoundCheckbox map={fields} field={`childChecklists.before.${item}.done`} label={t(beforeItemText(item).label)} />
                  <CollabText
                    text={contentText(docs.content, `childChecklists.before.${item}.note`)}
                    label={t('meeting:checklist.noteFor', { item: t(beforeItemText(item).label) })}
                    hint={isShownToEveryone(item) ? t('domain:checklist.shownToEveryone') : undefined}
                  />
                </li>
              ))}
            </ul>
          </section>
        )}

        {!anonymous && (
          <section className="card" aria-labelledby="guides-title">
            <h2 id="guides-title">{t('prepare:conversations')}</h2>
            <div className="grid-2">
              {CONVERSATIONS.map((c) => (
                <Conversation key={c} conversation={c} content={docs.content} t={tx} />
              ))}
            </div>
          </section>
        )}

        <section className="card" aria-labelledby="absence-title">
          <h2 id="absence-title">{t('domain:absence.title')}</h2>
          <div className="grid-4">
            {(['validDaysSemester', 'invalidOccurrences', 'diffuseSingleDaysLastMonth', 'lateArrivalsLastMonth'] as const).map((f) => (
              <BoundNumber key={f} map={fields} field={`absence.${f}`} label={t(`domain:absence.facts.${f}`)} min={0} max={1000} integer empty={null} />
            ))}
          </div>
          <div className="grid-3">
            {(['leavesLessonsRepeatedly', 'pupilReportsStruggle', 'parentReportsStruggle'] as const).map((f) => (
              <BoundYesNo key={f} map={fields} field={`absence.${f}`} label={t(`domain:absence.facts.${f}`)} yes={t('meeting:common.yes')} no={t('meeting:common.no')} unknown={t('domain:absence.status.unknown')} />
            ))}
          </div>
          <CollabText text={contentText(docs.content, 'absence.note')} label={t('domain:absence.facts.note')} />
          <h3>{t('prepare:criteria')}</h3>
          <AbsenceCriteria facts={content.absence} thresholds={thresholds} />
          <Thresholds control={docs.control} t={tx} />
        </section>

        <section className="card" aria-labelledby="time-title">
          <h2 id="time-title">{t('prepare:timeBoxes')}</h2>
          <TimeBoxesEditor control={docs.control} t={tx} planned={content.frames.plannedLengthMinutes} />
        </section>
      </main>
      </AnonymousRule>
    </>
  );
}

/** The sections below word everything with namespaced keys. */
type T = Translate;

function Consents({ content, t }: { content: Y.Doc; t: T }) {
  useDocVersion(content);
  const records = orderedRecords(content, 'consents');
  return (
    <>
      <ol className="record-list">
        {records.map(({ id, record }, index) => (
          <li key={id} className="record">
            <fieldset>
              <legend>{t('prepare:consentNumber', { n: index + 1 })}</legend>
              <div className="grid-4">
                <BoundSelect map={record} field="service" label={t('domain:consent.service')} options={serviceOptions(t)} />
                <BoundCheckbox map={record} field="given" label={t('domain:consent.given')} />
                <BoundDate map={record} field="date" label={t('domain:consent.date')} />
                <BoundDate map={record} field="withdrawnOn" label={t('domain:consent.withdrawnOn')} />
              </div>
              <BoundInput map={record} field="scope" label={t('domain:consent.scope')} />
              <button type="button" className="danger" onClick={() => deleteRecord(content, 'consents', id)}>
                {t('meeting:common.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => addConsent(content, 'helsesykepleier')}>
        + {t('prepare:addConsent')}
      </button>
    </>
  );
}

function Conversation({ conversation, content, t }: { conversation: ConversationId; content: Y.Doc; t: T }) {
  const fields = contentFields(content);
  const covered = useYMapKey(fields, `conversations.${conversation}.covered`);
  const list = Array.isArray(covered) ? (covered as string[]) : [];
  const toggle = (point: string) => toggleTalkingPoint(content, conversation, point);
  return (
    <section className="conversation" aria-labelledby={`conv-${conversation}`}>
      <h3 id={`conv-${conversation}`}>{t(`domain:guides.${conversation}.title`)}</h3>
      <details>
        <summary>{t('prepare:talkingPoints')}</summary>
        {conversationGuide(conversation).map((section) => (
          <div key={section.id} className="guide-section">
            <h4>{t(section.titleKey)}</h4>
            {section.guidanceKey && <p className="hint">{t(section.guidanceKey)}</p>}
            <ul className="points">
              {section.points.map((p) => (
                <li key={p.id}>
                  <label className="check-inline">
                    <input type="checkbox" checked={list.includes(p.id)} onChange={() => toggle(p.id)} /> {t(p.textKey)}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      <div className="grid-2">
        <BoundDate map={fields} field={`conversations.${conversation}.heldOn`} label={t('domain:guides.heldOn')} />
        <BoundInput map={fields} field={`conversations.${conversation}.heldBy`} label={t('domain:guides.heldBy')} />
      </div>
      <CollabText text={contentText(content, `conversations.${conversation}.summary`)} label={`${t('domain:guides.summary')} – ${t(`domain:guides.${conversation}.title`)}`} rows={5} />
    </section>
  );
}

function Thresholds({ control, t }: { control: Y.Doc; t: T }) {
  const thresholds = useControlValue(control, readAbsenceThresholds);
  const set = (patch: Partial<AbsenceThresholds>) => setAbsenceThresholds(control, patch);
  const numbers = ['invalidOccurrences', 'diffuseSingleDaysPerMonth', 'validDaysPerSemester', 'lateArrivalsPerMonth'] as const;
  return (
    <details className="thresholds">
      <summary>{t('prepare:thresholds')}</summary>
      <p className="hint">{t('prepare:thresholdsHint')}</p>
      <div className="grid-4">
        {numbers.map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`th-${k}`}>{t(`prepare:threshold.${k}`)}</label>
            <input id={`th-${k}`} type="number" min={0} max={1000} value={thresholds[k]} onChange={(e) => e.target.value !== '' && set({ [k]: Number(e.target.value) })} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="th-window">{t('domain:absence.settings.monthWindow.label')}</label>
          <select id="th-window" value={thresholds.monthWindow} onChange={(e) => set({ monthWindow: e.target.value as 'calendar' | 'rolling' })}>
            <option value="calendar">{t('domain:absence.settings.monthWindow.calendar')}</option>
            <option value="rolling">{t('domain:absence.settings.monthWindow.rolling')}</option>
          </select>
        </div>
      </div>
    </details>
  );
}

function TimeBoxesEditor({ control, t, planned }: { control: Y.Doc; t: T; planned?: number }) {
  const boxes = useControlValue(control, readTimeBoxes);
  const sum = plannedTotalMinutes(boxes);
  return (
    <>
      <div className="grid-3">
        {AGENDA_STEPS.map((step, i) => (
          <div className="field" key={step}>
            <label htmlFor={`box-${step}`}>
              {i + 1}. {t(`ui:agenda.${step}`)} ({t('prepare:minutes')})
            </label>
            <input
              id={`box-${step}`}
              type="number"
              min={0}
              max={240}
              value={boxes[step] ?? DEFAULT_TIME_BOXES[step]}
              onChange={(e) => e.target.value !== '' && setTimeBox(control, step, Number(e.target.value))}
            />
          </div>
        ))}
      </div>
      <p role="status">
        {t('prepare:sum', { sum })}
        {planned !== undefined && ` ${t('prepare:plannedLength', { planned })}`}
        {planned !== undefined && sum > planned && (
          <strong>
            {' '}
            <span aria-hidden="true">⚠ </span>
            {t('prepare:overPlanned')}
          </strong>
        )}
      </p>
    </>
  );
}
