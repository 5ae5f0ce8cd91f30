/** React views of the meeting content and the facilitation state. */
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { readMeetingContent } from '@naervaer/shared/content-doc';
import { observeControl } from '@naervaer/shared/doc';
import type { MeetingKind } from '@naervaer/shared/meeting';
import type { MeetingContent } from '@naervaer/shared/meeting-content';

/** A number that changes whenever the doc changes (to re-read derived values). */
export function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    doc.on('update', bump);
    return () => doc.off('update', bump);
  }, [doc]);
  return version;
}

/** The meeting content, parsed field by field (a value that breaks a rule is cut or left out, never the whole). */
export function useMeetingContent(content: Y.Doc, kind: MeetingKind): MeetingContent {
  const version = useDocVersion(content);
  return useMemo(() => {
    return readMeetingContent(content, kind);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content, kind, version]);
}

/** A value read from the control doc, kept current. */
export function useControlValue<T>(control: Y.Doc, read: (control: Y.Doc) => T): T {
  const [value, setValue] = useState(() => read(control));
  useEffect(() => {
    setValue(read(control));
    return observeControl(control, () => setValue(read(control)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [control]);
  return value;
}

/** One key of a Y.Map, kept current. */
export function useYMapKey(map: Y.Map<unknown>, key: string): unknown {
  const [value, setValue] = useState(() => map.get(key));
  useEffect(() => {
    setValue(map.get(key));
    const onChange = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(key)) setValue(map.get(key));
    };
    map.observe(onChange);
    return () => map.unobserve(onChange);
  }, [map, key]);
  return value;
}

/** Re-renders once a second while `on` (for clocks). */
export function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}
