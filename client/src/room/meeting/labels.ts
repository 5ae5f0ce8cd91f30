/** How a participant and a service are named, in the room and on the shared screen. */
import type { Translate } from '@naervaer/shared/i18n';
import type { Participant } from '@naervaer/shared/participant';

/** A participant's service; for the shared screen in the child's words. */
export function serviceLabel(p: Pick<Participant, 'service' | 'serviceOther'>, t: Translate, forChild = false): string {
  if (p.service === 'annet' && p.serviceOther) return p.serviceOther;
  return t(`domain:${forChild ? 'servicesChild' : 'services'}.${p.service}`);
}

/** A participant's name and service as one line. */
export function participantLabel(p: Participant, t: Translate, forChild = false): string {
  const service = serviceLabel(p, t, forChild);
  // A comma, not brackets: some services' names carry brackets of their own.
  return p.name ? `${p.name}, ${service}` : service;
}
