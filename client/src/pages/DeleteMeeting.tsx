import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Modal } from '../components';
import { call } from '../lib/api';
import { API } from '@naervaer/shared/routes';
import { errorText } from '../lib/errors';

/**
 * Deleting a meeting for good, in two steps: the button opens a modal confirmation that says what
 * goes, and only its own button deletes. Focus moves to the question and back to the button on cancel.
 */
export function DeleteMeeting({ meetingId, meetingTitle, onDeleted }: { meetingId: string; meetingTitle: string; onDeleted: (title: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  const cancel = () => {
    setConfirming(false);
    setError(null);
    // After the confirmation is gone, focus returns to where it came from.
    requestAnimationFrame(() => opener.current?.focus());
  };

  const remove = async () => {
    setBusy(true);
    try {
      await call(API.deleteMeeting, { id: meetingId });
      onDeleted(meetingTitle);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  const openButton = (
    <button type="button" ref={opener} className="danger-quiet" onClick={() => setConfirming(true)}>
      {t('meetings.delete')} <span className="visually-hidden">{meetingTitle}</span>
    </button>
  );
  if (!confirming) return openButton;
  return (
    <>
      {openButton}
      <Modal className="confirm-delete" labelledBy={headingId} focusOnOpen={heading} onEscape={busy ? undefined : cancel}>
        <h4 id={headingId} ref={heading} tabIndex={-1}>
          {t('meetings.deleteQuestion', { title: meetingTitle })}
        </h4>
        <p>{t('meetings.deleteExplain')}</p>
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="delete-for-good" onClick={remove} disabled={busy}>
            {t('meetings.deleteConfirm')}
          </button>
          <button type="button" onClick={cancel} disabled={busy}>
            {t('meetings.deleteCancel')}
          </button>
        </div>
      </Modal>
    </>
  );
}
