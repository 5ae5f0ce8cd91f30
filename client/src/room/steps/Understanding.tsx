import { useState } from 'react';
import { MAINTAINING_FUNCTIONS, functionGroup } from '@naervaer/shared/maintaining-factors';
import { type ScreenFocus, contentText, readCircleStage, readScreenFocus, recordText } from '@naervaer/shared/doc';
import { orderedRecords } from '@naervaer/shared/content-doc';
import { PUSH_PULL_SIDES, type PushPullSide, pushPullSuggestions, sideText } from '@naervaer/shared/push-pull';
import { VICIOUS_CIRCLE_STAGES } from '@naervaer/shared/vicious-circle';
import { relevanceScreenKey } from '@naervaer/shared/screen-choices';
import { addPushPull, deleteRecord, showCircleStage, showOnScreen } from '../../actions/meeting';
import { focusWhenShown } from '../fields/focus';
import { BoundCheckbox, BoundNumber, BoundSelect, CollabText } from '../fields/BoundFields';
import { CONTINUUM_STAGES, continuumStageText } from '@naervaer/shared/absence-continuum';
import { useControlValue, useDocVersion } from '../fields/hooks';
import { OurProposal } from '../meeting/OurProposal';
import { ScreenChoice, ScreenToggle, SrasProfileTable, ViciousCircle } from '../meeting/parts';
import { useStep } from '../meeting/useStep';
import type { StepProps } from './types';
import { Icon } from '../../icons';

/** Step 6: the basic stance, the four maintaining factors, SRAS-R, the vicious circle and push–pull. */
export function Understanding(props: StepProps) {
  const s = useStep(props);
  const { t, readOnly, fields, facilitates, hidden, docs, content } = s;
  const stage = useControlValue(docs.control, readCircleStage);
  const [showSras, setShowSras] = useState(false);
  const focus = useControlValue(docs.control, readScreenFocus);
  const onScreen = (part: ScreenFocus) =>
    facilitates ? (
      <button type="button" className="on-screen" aria-pressed={focus === part} onClick={() => showOnScreen(docs.control, part)}>
        <Icon name="screen" />{' '}
        {t(focus === part ? 'meeting:screen.isOnScreen' : 'meeting:screen.showOnScreen')}
      </button>
    ) : null;
  return (
    <div className="step-body">
      <p className="callout stance">{t('domain:factors.basicStance')}</p>
      <AbsenceContinuum s={s} />

      <section aria-labelledby="factors-title">
        <h3 id="factors-title">{t('domain:factors.title')}</h3>
        {onScreen('factors')}
        <ol className="factor-list">
          {MAINTAINING_FUNCTIONS.map((fn, i) => (
            <li key={fn} className={`factor ${content.understanding.factors[fn].relevant ? 'relevant' : ''}`} data-factor={fn}>
              <h4>
                {i + 1}. {t(`domain:factors.${fn}.name`)}
              </h4>
              <p className="meta">{t(functionGroup(fn) === 'escape' ? 'domain:factors.escapeGroup' : 'domain:factors.gainGroup')}</p>
              <p>{t(`domain:factors.${fn}.plain`)}</p>
              <p className="child-words">
                <span className="visually-hidden">{t('meeting:understanding.childWords')}: </span>«{t(`domain:factors.${fn}.child`)}»
              </p>
              <BoundCheckbox map={fields} field={`understanding.factors.${fn}.relevant`} label={t('domain:factors.relevant')} readOnly={readOnly} />
              {facilitates && content.understanding.factors[fn].relevant && (
                <ScreenToggle control={docs.control} itemKey={relevanceScreenKey(fn)} hidden={hidden} label={t('meeting:understanding.maybeForYouOn', { name: t(`domain:factors.${fn}.name`) })} />
              )}
              <CollabText text={contentText(docs.content, `understanding.factors.${fn}.note`)} label={t('meeting:understanding.noteFor', { name: t(`domain:factors.${fn}.name`) })} readOnly={readOnly} />
              {facilitates && <ScreenToggle control={docs.control} itemKey={`factor:${fn}`} hidden={hidden} label={t(`domain:factors.${fn}.name`)} />}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="sras-title">
        <h3 id="sras-title">{t('domain:sras.title')}</h3>
        {onScreen('sras')}
        <p className="hint">{t('domain:sras.notice')}</p>
        {!readOnly && (
          <button type="button" aria-expanded={showSras} onClick={() => setShowSras(!showSras)}>
            {t(showSras ? 'meeting:understanding.hideSrasInputs' : 'meeting:understanding.showSrasInputs')}
          </button>
        )}
        {showSras && !readOnly && (
          <div className="sras-inputs grid-4">
            {MAINTAINING_FUNCTIONS.map((fn) =>
              (['child', 'parent'] as const).map((who) => (
                <BoundNumber
                  key={`${fn}-${who}`}
                  map={fields}
                  field={`understanding.sras.${fn}.${who}`}
                  label={`${t(`domain:factors.${fn}.name`)} – ${t(`domain:sras.${who}`)} (0–6)`}
                  min={0}
                  max={6}
                  empty={undefined}
                />
              )),
            )}
          </div>
        )}
        <SrasProfileTable content={content} />
        <OurProposal proposal="srasTie" />
        {facilitates && <ScreenToggle control={docs.control} itemKey="sras" hidden={hidden} label={t('domain:sras.title')} />}
      </section>

      <section aria-labelledby="circle-title">
        <h3 id="circle-title">{t('domain:viciousCircle.title')}</h3>
        {onScreen('circle')}
        {facilitates && (
          <div className="circle-controls" role="group" aria-label={t('meeting:understanding.walkCircle')}>
            <button type="button" onClick={() => showCircleStage(docs.control, stage === null ? 0 : stage > 0 ? stage - 1 : null)}>
              ← {t('meeting:understanding.previousStage')}
            </button>
            <button type="button" onClick={() => showCircleStage(docs.control, stage === null ? 0 : (stage + 1) % VICIOUS_CIRCLE_STAGES.length)}>
              {t('meeting:understanding.nextStage')} →
            </button>
            <button type="button" onClick={() => showCircleStage(docs.control, null)}>
              {t('meeting:understanding.wholeCircle')}
            </button>
          </div>
        )}
        <ViciousCircle focus={stage} wording="plain" onSelect={facilitates ? (i) => showCircleStage(docs.control, i) : undefined} />
        <p className="hint">{t('domain:viciousCircle.afterBreaks')}</p>
        <BoundCheckbox map={fields} field="understanding.viciousCircleShown" label={t('meeting:understanding.circleShown')} readOnly={readOnly} />
      </section>

      <section aria-labelledby="pushpull-title">
        <h3 id="pushpull-title">{t('domain:pushPull.title')}</h3>
        {onScreen('pushPull')}
        <p className="hint">{t('domain:pushPull.hint')}</p>
        <div className="grid-2">
          {PUSH_PULL_SIDES.map((side) => (
            <PushPullList key={side} side={side} {...s} />
          ))}
        </div>
      </section>
    </div>
  );
}

/** Ingul's definition and Kearney's continuum, with where this pupil is now as the adults judge it (never on the screen). */
function AbsenceContinuum({ s }: { s: ReturnType<typeof useStep> }) {
  const { t, fields, readOnly, content } = s;
  const current = content.understanding.continuumStage;
  return (
    <section className="continuum" aria-labelledby="continuum-title">
      <h3 id="continuum-title">{t('domain:continuum.title')}</h3>
      {/* The definition is read once; the stages and the choice stay open. */}
      <details>
        <summary>{t('domain:continuum.definitionTitle')}</summary>
        <p>{t('domain:continuum.definition')}</p>
      </details>
      <p>{t('domain:continuum.intro')}</p>
      <ol className="continuum-stages">
        {CONTINUUM_STAGES.map((stage) => (
          <li key={stage} className={stage === current ? 'current' : ''} aria-current={stage === current ? 'step' : undefined}>
            {t(continuumStageText(stage))}
          </li>
        ))}
      </ol>
      <BoundSelect
        map={fields}
        field="understanding.continuumStage"
        label={t('domain:continuum.where')}
        hint={t('domain:continuum.whereHint')}
        options={CONTINUUM_STAGES.map((stage, i) => ({ value: stage, label: `${i + 1}. ${t(continuumStageText(stage))}` }))}
        emptyLabel={t('meeting:common.choose')}
        readOnly={readOnly}
      />
    </section>
  );
}

function PushPullList({ side, t, readOnly, docs, facilitates, hidden }: { side: PushPullSide } & ReturnType<typeof useStep>) {
  useDocVersion(docs.content);
  const items = orderedRecords(docs.content, side);
  const [suggestion, setSuggestion] = useState('');
  const label = t(sideText(side).label);
  return (
    <div className={`pushpull pushpull-${side}`} data-side={side}>
      <h4>
        <span aria-hidden="true">{side === 'push' ? '⟵ ' : '⟶ '}</span>
        {label}
      </h4>
      <ul>
        {items.map(({ id }, index) => (
          <li key={id} data-record={id}>
            <CollabText text={recordText(docs.content, side, id, 'text')} label={t('meeting:understanding.itemLabel', { side: label, n: index + 1 })} readOnly={readOnly} />
            <div className="row-actions">
              {!readOnly && (
                <button type="button" className="danger" onClick={() => deleteRecord(docs.content, side, id)}>
                  {t('meeting:common.remove')}
                </button>
              )}
            </div>
            {facilitates && <ScreenChoice control={docs.control} itemKey={`${side}:${id}`} hidden={hidden} label={t('meeting:understanding.itemLabel', { side: label, n: index + 1 })} wording={recordText(docs.content, side, id, 'textForScreen')} />}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="adder">
          <button type="button" onClick={() => focusWhenShown(`[data-record="${addPushPull(docs.content, side)}"] textarea`)}>
            + {t('meeting:understanding.addItem', { side: label })}
          </button>
          <div className="field">
            <label htmlFor={`suggest-${side}`}>{t('meeting:understanding.suggestions')}</label>
            <OurProposal proposal="pushPull" />
            <select
              id={`suggest-${side}`}
              value={suggestion}
              onChange={(e) => {
                const chosen = pushPullSuggestions(side).find((sug) => sug.id === e.target.value);
                if (chosen) addPushPull(docs.content, side, t(chosen.textKey));
                setSuggestion('');
              }}
            >
              <option value="">{t('meeting:common.choose')}</option>
              {pushPullSuggestions(side).map((sug) => (
                <option key={sug.id} value={sug.id}>
                  {t(sug.textKey)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}
