/** React views of the meeting's shared state. */
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { readCurrentStep } from '@naervaer/shared/doc';
import { type PresenceUser, presentPeople } from '@naervaer/shared/presence';
import { useControlValue } from './fields/hooks';

/** The agenda step the facilitator has everyone on. */
export function useCurrentStep(control: Y.Doc): number {
  return useControlValue(control, readCurrentStep);
}

/** Everyone connected to the meeting, one entry per person. */
export function usePresence(awareness: Awareness): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>(() => presentPeople(awareness.getStates().values()));
  useEffect(() => {
    // Awareness changes on every cursor move; re-render only when the people themselves change.
    let last = '';
    const update = () => {
      const next = presentPeople(awareness.getStates().values());
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setPeople(next);
      }
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return people;
}
