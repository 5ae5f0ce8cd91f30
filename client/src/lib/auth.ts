/** The facilitator's login state, shared by the pages. */
import { useCallback, useEffect, useState } from 'react';
import type { AuthState } from '@naervaer/shared/api';
import { API } from '@naervaer/shared/routes';
import { call } from './api';

export function useAuthState() {
  const [state, setState] = useState<AuthState | null>(null);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setState(await call(API.authState, {}));
    } catch {
      setFailed(true);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return { state, failed, refresh };
}
