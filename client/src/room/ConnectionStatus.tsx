import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../lib/sync';

const SYMBOL: Record<ConnectionState, string> = {
  connecting: '…',
  connected: '●',
  disconnected: '○',
  unsaved: '!',
  revoked: '✕',
  refused: '✕',
  ended: '■',
};

/** The connection to the server, told in words and a symbol (never colour alone). */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <p className={`connection connection-${state}`} role="status" data-state={state}>
      <span aria-hidden="true">{SYMBOL[state]}</span> {t(`room.connection.${state}`)}
    </p>
  );
}
