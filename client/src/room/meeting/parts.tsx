/** Pieces several steps, the preparation page and the shared screen use. */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { type AbsenceThresholds, evaluateAbsence, isAbsenceWorrying } from '@naervaer/shared/absence';
import { sharingAllowed, summarizeConsents } from '@naervaer/shared/consent';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { SERVICES, type Service } from '@naervaer/shared/participant';
import type { Translate } from '@naervaer/shared/i18n';
import { useTranslate } from '../../lib/i18n';
import { srasProfile, hasSrasScores } from '@naervaer/shared/sras';
import { VICIOUS_CIRCLE_STAGES, type ViciousCircleStage, stageText } from '@naervaer/shared/vicious-circle';
import type { OffScreen } from '@naervaer/shared/screen-choices';
import { toggleAdultTextOnScreen, toggleOnScreen } from '../../actions/meeting';
import { CollabText } from '../fields/BoundFields';
import { Icon } from '../../icons';

/**
 * The facilitator's one control per item for the shared screen: it says in words whether the item is
 * on the screen now, and what pressing it does.
 */
export function ScreenToggle({ control, itemKey, hidden, label, onToggle }: { control: Y.Doc; itemKey: string; hidden: OffScreen; label: string; onToggle?: () => void }) {
  const { t } = useTranslation('meeting');
  const isHidden = hidden.has(itemKey);
  return (
    <button type="button" className={`screen-toggle ${isHidden ? 'is-hidden' : ''}`} aria-pressed={!isHidden} onClick={onToggle ?? (() => toggleOnScreen(control, itemKey))}>
      <Icon name={isHidden ? 'notOnScreen' : 'screen'} />{' '}
      {isHidden ? t('screen.offNow', { item: label }) : t('screen.onNow', { item: label })}
    </button>
  );
}

/**
 * The facilitator's control for an adult's text: whether it is on the shared screen, and (optional)
 * the same thing worded for the child, which the screen shows in its place.
 */
export function ScreenChoice({ control, itemKey, hidden, label, wording }: { control: Y.Doc; itemKey: string; hidden: OffScreen; label: string; wording: Y.Text }) {
  const { t } = useTranslation('meeting');
  return (
    <div className="screen-choice">
      <ScreenToggle control={control} itemKey={itemKey} hidden={hidden} label={label} onToggle={() => toggleAdultTextOnScreen(control, itemKey, wording.toString().trim() !== '')} />
      <CollabText text={wording} label={t('screen.wordingLabel', { item: label })} hint={t('screen.wordingHint')} rows={2} readOnly={false} />
    </div>
  );
}

/** A choice of service or role (a form's own field, not bound to the document). */
export function ServiceSelect({ id, value, onChange, services, t }: { id: string; value: Service; onChange: (service: Service) => void; services: readonly Service[]; t: Translate }) {
  return (
    <div className="field">
      <label htmlFor={id}>{t('domain:participant.service')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Service)}>
        {serviceOptions(t, services).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function serviceOptions(t: Translate, allowed: readonly Service[] = SERVICES) {
  return allowed.map((s) => ({ value: s, label: t(`domain:services.${s}`) }));
}

/** Met / not met / not recorded, told by a sign and a word, never colour alone. */
const CRITERION_SIGN = { met: '!', notMet: '–', unknown: '?' } as const;

/** The guide's criteria for worrying absence against the facts: which are met and why. */
export function AbsenceCriteria({ facts, thresholds, large }: { facts: MeetingContent['absence']; thresholds: AbsenceThresholds; large?: boolean }) {
  const t = useTranslate();
  const results = evaluateAbsence(facts, thresholds);
  const worrying = isAbsenceWorrying(results);
  return (
    <div className={`absence-criteria ${large ? 'large' : ''}`}>
      <p className={`verdict ${worrying ? 'verdict-worrying' : 'verdict-calm'}`}>
        <strong>{worrying ? t('domain:absence.worrying') : t('domain:absence.notWorrying')}</strong>
      </p>
      <ul className="criteria">
        {results.map((r) => (
          <li key={r.id} className={`criterion status-${r.status}`} data-criterion={r.id} data-status={r.status}>
            <span className="sign" aria-hidden="true">
              {CRITERION_SIGN[r.status]}
            </span>
            <span className="criterion-text">
              <strong>{t(r.labelKey)}</strong>: {t(`domain:absence.status.${r.status}`)}
              {!large && (
                <span className="why">
                  {' '}
                  — {r.threshold !== null ? t(r.ruleKey, { count: r.threshold }) : t(r.ruleKey)}{' '}
                  {r.value !== null && t('meeting:absence.recorded', { value: typeof r.value === 'boolean' ? t(r.value ? 'meeting:common.yes' : 'meeting:common.no') : r.value })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Consent per service at a glance, in words and signs. */
export function ConsentGlance({ content }: { content: MeetingContent }) {
  const { t } = useTranslation(['domain', 'meeting']);
  const services = [...new Set(content.participants.map((p) => p.service))];
  const summary = summarizeConsents(content.consents, services.length ? services : undefined);
  return (
    <ul className="consent-glance">
      {summary.perService.map((s) => (
        <li key={s.service} data-status={s.status}>
          <span className="sign" aria-hidden="true">
            {sharingAllowed(s.status) ? '✔' : '✖'}
          </span>{' '}
          {t(`domain:services.${s.service}`)}: {t(s.textKey)}
        </li>
      ))}
    </ul>
  );
}

/** The vicious circle as a loop of numbered stages; the stage in focus is marked in words and shape. */
export function ViciousCircle({ focus, wording, onSelect, picture, caption }: { focus: number | null; wording: 'plain' | 'child' | 'younger'; onSelect?: (stage: number) => void; picture?: (stage: ViciousCircleStage) => ReactNode; caption?: string }) {
  const { t } = useTranslation(['domain', 'meeting']);
  const captionId = useId();
  const n = VICIOUS_CIRCLE_STAGES.length;
  return (
    <figure className="vicious-circle" aria-labelledby={captionId}>
      <div className="ring">
      <ol className="circle" style={{ ['--stages' as string]: n }}>
        {VICIOUS_CIRCLE_STAGES.map((stage, i) => {
          // On an ellipse, clockwise from the top; the container keeps its aspect ratio.
          const angle = (i / n) * 2 * Math.PI;
          const position = { left: `${50 + 36 * Math.sin(angle)}%`, top: `${50 - 38 * Math.cos(angle)}%` };
          const active = focus === i;
          const text = t(stageText(stage)[wording]);
          return (
            <li key={stage} className={`stage ${active ? 'active' : ''} ${focus !== null && !active ? 'dim' : ''}`} style={position} aria-current={active ? 'step' : undefined}>
              {onSelect ? (
                <button type="button" onClick={() => onSelect(i)} aria-pressed={active}>
                  <span className="stage-number">{i + 1}</span> {text}
                </button>
              ) : (
                <span className="stage-card">
                  {picture?.(stage)}
                  <span className="stage-number">{i + 1}</span> {text}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="circle-centre" aria-hidden="true">
        ↻
      </div>
      </div>
      <figcaption id={captionId}>
        {/* The adults' caption names the guide's slogan and the stages; the shared screen gives its own, in the child's words. */}
        <strong>{t('domain:viciousCircle.title')}</strong>: {caption ?? `${t('domain:viciousCircle.slogan')} ${t('meeting:understanding.circleLoop')}`}
      </figcaption>
    </figure>
  );
}

/** The SRAS-R profile from per-function scores: a table, with the primary function(s) named. */
export function SrasProfileTable({ content, forChild }: { content: MeetingContent; forChild?: boolean }) {
  const { t, i18n } = useTranslation(['domain', 'meeting']);
  const scores = content.understanding.sras;
  if (!scores || !hasSrasScores(scores)) return <p className="hint">{t('meeting:understanding.noSras')}</p>;
  const profile = srasProfile(scores);
  const fmt = (v: number | null) => (v === null ? '–' : v.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }));
  return (
    <div className="sras-profile">
      <table>
        <caption>{t(forChild ? 'domain:sras.childView.caption' : 'domain:sras.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(forChild ? 'domain:sras.childView.about' : 'meeting:understanding.function')}</th>
            <th scope="col">{t(forChild ? 'domain:sras.childView.you' : 'domain:sras.child')}</th>
            <th scope="col">{t(forChild ? 'domain:sras.childView.parents' : 'domain:sras.parent')}</th>
            <th scope="col">{t(forChild ? 'domain:sras.childView.together' : 'domain:sras.combined')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.functions.map((f) => (
            <tr key={f.fn} className={profile.primary.includes(f.fn) ? 'primary' : ''}>
              <th scope="row">
                {forChild ? `«${t(`domain:factors.${f.fn}.child`)}»` : t(`domain:factors.${f.fn}.name`)}
                {profile.primary.includes(f.fn) && <strong className="primary-tag"> ★ {t(forChild ? 'domain:sras.childView.highest' : 'domain:sras.primary')}</strong>}
              </th>
              <td>{fmt(f.child)}</td>
              <td>{fmt(f.parent)}</td>
              <td>
                <span className="bar" style={{ ['--value' as string]: (f.combined ?? 0) / 6 }} aria-hidden="true" /> {fmt(f.combined)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!forChild && <p className="hint">{t('domain:sras.tieRule')}</p>}
    </div>
  );
}
