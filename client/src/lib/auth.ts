/** The facilitator's login state, shared by the pages. */
import { useCallback, useEffect, useState } from 'react';
import { type AuthState, AuthState as AuthStateSchema } from '@naervaer/shared/api';
import { api } from './api';

export function useAuthState() {
  const [state, setState] = useState<AuthState | null>(null);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setState(await api('GET', '/api/auth/state', AuthStateSchema));
    } catch {
      setFailed(true);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return { state, failed, refresh };
}
