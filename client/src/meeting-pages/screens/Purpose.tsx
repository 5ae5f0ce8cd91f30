import { originalKey, screenWording } from '@naervaer/shared/screen-choices';
import { type ScreenProps, useScreenWords } from './words';

/**
 * Why we are here: the child's right to be heard, in plain words; the concern once the facilitator has
 * put it there; what the child wants decided today (the child's words, shown); and how everyone wants
 * it to be, once put there.
 */
export function PurposeScreen({ content, hidden }: ScreenProps) {
  const { s } = useScreenWords();
  const { reason, reasonForScreen, childWants, desiredSituation } = content.concern;
  const concern = screenWording(reason, reasonForScreen, !hidden.has(originalKey('concern')));
  return (
    <>
      <p className="screen-lead">{s('purposeLead')}</p>
      <p className="screen-text">{s('rightToBeHeard')}</p>
      {/* Off the screen, the concern leaves no trace: a child need not wonder what is kept from them. */}
      {!hidden.has('concern') && concern.trim() && <p className="screen-text">{concern}</p>}
      {childWants.trim() && !hidden.has('childWants') && (
        <section className="screen-wants">
          <h2>{s('childWants')}</h2>
          <p className="screen-text">{childWants}</p>
        </section>
      )}
      {desiredSituation.trim() && !hidden.has('desiredSituation') && (
        <section className="screen-goal">
          <h2>{s('desiredSituation')}</h2>
          <p className="screen-text">{desiredSituation}</p>
        </section>
      )}
    </>
  );
}
