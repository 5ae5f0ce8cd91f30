/** React views of the meeting's shared state. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { observeControl, readCurrentStep } from '@naervaer/shared/doc';
import { type PresenceUser, presentPeople } from '@naervaer/shared/presence';

/** The agenda step the facilitator has everyone on. */
export function useCurrentStep(control: Y.Doc): number {
  return useSyncExternalStore(
    (onChange) => observeControl(control, onChange),
    () => readCurrentStep(control),
  );
}

/** Everyone connected to the meeting, one entry per person. */
export function usePresence(awareness: Awareness): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>(() => presentPeople(awareness.getStates().values()));
  useEffect(() => {
    const update = () => setPeople(presentPeople(awareness.getStates().values()));
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return people;
}
