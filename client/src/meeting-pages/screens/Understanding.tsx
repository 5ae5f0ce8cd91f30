import { useTranslation } from 'react-i18next';
import { readCircleStage, readScreenFocus } from '@naervaer/shared/doc';
import { MAINTAINING_FUNCTIONS } from '@naervaer/shared/maintaining-factors';
import { PUSH_PULL_SIDES, sideText } from '@naervaer/shared/push-pull';
import { originalKey, relevanceScreenKey, screenWording } from '@naervaer/shared/screen-choices';
import { useControlValue } from '../../room/fields/hooks';
import { SrasProfileTable, ViciousCircle } from '../../room/meeting/parts';
import { CirclePicture, PushPullPicture } from '../pictures';
import { type ScreenProps, useScreenWords } from './words';

export function UnderstandingScreen({ content, hidden, docs }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const { s, child, younger } = useScreenWords();
  const focus = useControlValue(docs.control, readScreenFocus);
  const stage = useControlValue(docs.control, readCircleStage);
  if (focus === 'circle') return younger ? <ViciousCircle focus={stage} wording="younger" picture={(at) => <CirclePicture stage={at} />} caption={s('circleCaption')} /> : <ViciousCircle focus={stage} wording="child" caption={s('circleCaption')} />;
  if (focus === 'sras') return hidden.has('sras') ? <Hidden /> : <SrasProfileTable content={content} forChild />;
  if (focus === 'pushPull') {
    // The younger child gets the picture and the sides in a child's words, without the adults' labels.
    return (
      <>
      {younger && <PushPullPicture />}
      <div className="screen-columns two">
        {PUSH_PULL_SIDES.map((side) => (
          <section key={side} className={`screen-pushpull ${side}`}>
            <h2>
              <span aria-hidden="true">{side === 'push' ? '⟵ ' : '⟶ '}</span>
              {younger ? child(sideText(side).child) : t(sideText(side).label)}
            </h2>
            {!younger && <p className="hint">{child(sideText(side).child)}</p>}
            <ul className="screen-list">
              {content.understanding.pushPull[side]
                .filter((i) => !hidden.has(`${side}:${i.id}`) && screenWording(i.text, i.textForScreen, !hidden.has(originalKey(`${side}:${i.id}`))).trim())
                .map((i) => (
                  <li key={i.id}>{screenWording(i.text, i.textForScreen, !hidden.has(originalKey(`${side}:${i.id}`)))}</li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      </>
    );
  }
  return (
    <>
      <p className="screen-lead">{s('stance')}</p>
      <ol className="screen-factors">
        {MAINTAINING_FUNCTIONS.filter((fn) => !hidden.has(`factor:${fn}`)).map((fn) => {
          // The adults' tick reaches the screen only when the facilitator puts it there.
          const relevant = content.understanding.factors[fn].relevant && !hidden.has(relevanceScreenKey(fn));
          return (
            <li key={fn} className={relevant ? 'relevant' : ''}>
              <span className="factor-text">«{child(`domain:factors.${fn}.child`)}»</span>
              {relevant && (
                <strong className="tag">
                  <span aria-hidden="true">✔ </span>
                  {s('maybeForYou')}
                </strong>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Hidden() {
  const { t } = useTranslation('meeting');
  return <p className="screen-hidden">{t('screen.notShown')}</p>;
}
